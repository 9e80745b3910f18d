namespace WasmSharp.Types;

/// <summary>
/// A value type (spec "Value Types"): a number type, <c>v128</c>, or a reference type
/// <c>(ref null? heaptype)</c>. Mirrors Wasmtime's <c>ValType</c>. Eight bytes, no allocation.
/// </summary>
public readonly struct ValType : IEquatable<ValType>
{
    private ValType(ValKind kind, bool nullable, HeapType heap)
    {
        Kind = kind;
        Nullable = nullable;
        Heap = heap;
    }

    /// <summary>The kind of the type.</summary>
    public ValKind Kind { get; }

    /// <summary>For references: whether <c>null</c> is a value of the type.</summary>
    public bool Nullable { get; }

    /// <summary>For references: the heap type referred to.</summary>
    public HeapType Heap { get; }

    /// <summary><c>i32</c>.</summary>
    public static ValType I32 => new(ValKind.I32, false, default);
    /// <summary><c>i64</c>.</summary>
    public static ValType I64 => new(ValKind.I64, false, default);
    /// <summary><c>f32</c>.</summary>
    public static ValType F32 => new(ValKind.F32, false, default);
    /// <summary><c>f64</c>.</summary>
    public static ValType F64 => new(ValKind.F64, false, default);
    /// <summary><c>v128</c>.</summary>
    public static ValType V128 => new(ValKind.V128, false, default);
    /// <summary><c>funcref</c> = <c>(ref null func)</c>.</summary>
    public static ValType FuncRef => Ref(HeapType.Func, nullable: true);
    /// <summary><c>externref</c> = <c>(ref null extern)</c>.</summary>
    public static ValType ExternRef => Ref(HeapType.Extern, nullable: true);
    /// <summary>The validator's bottom type, which matches every type (spec appendix "Validation Algorithm").</summary>
    public static ValType Bottom => new(ValKind.Bottom, false, default);

    /// <summary>A reference type <c>(ref null? heap)</c>.</summary>
    public static ValType Ref(HeapType heap, bool nullable) => new(ValKind.Ref, nullable, heap);

    /// <summary>A reference type to an abstract heap type.</summary>
    public static ValType Ref(AbstractHeapType heap, bool nullable) => new(ValKind.Ref, nullable, HeapType.FromAbstract(heap));

    /// <summary>Whether this is a number type (i32, i64, f32, f64).</summary>
    public bool IsNumber => Kind <= ValKind.F64;

    /// <summary>Whether this is a reference type.</summary>
    public bool IsRef => Kind == ValKind.Ref;

    /// <summary>Whether a default (zero/null) value exists (spec "defaultable"): all but non-null references.</summary>
    public bool IsDefaultable => Kind != ValKind.Ref || Nullable;

    /// <summary>The same reference type with nullability changed.</summary>
    public ValType WithNullable(bool nullable) => Kind == ValKind.Ref ? new(ValKind.Ref, nullable, Heap) : this;

    /// <inheritdoc/>
    public bool Equals(ValType other) => Kind == other.Kind && Nullable == other.Nullable && Heap == other.Heap;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValType other && Equals(other);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Nullable, Heap);
    /// <summary>Syntactic equality (concrete types compared by index).</summary>
    public static bool operator ==(ValType left, ValType right) => left.Equals(right);
    /// <summary>Syntactic inequality.</summary>
    public static bool operator !=(ValType left, ValType right) => !left.Equals(right);

    /// <summary>The text-format spelling, e.g. <c>i32</c>, <c>funcref</c>, <c>(ref null 3)</c>.</summary>
    public override string ToString() => Kind switch
    {
        ValKind.I32 => "i32",
        ValKind.I64 => "i64",
        ValKind.F32 => "f32",
        ValKind.F64 => "f64",
        ValKind.V128 => "v128",
        ValKind.Bottom => "bot",
        _ => Nullable ? $"(ref null {Heap})" : $"(ref {Heap})",
    };
}
