namespace WasmSharp.Types;

/// <summary>
/// A heap type (spec "Heap Types"): either abstract (<see cref="AbstractHeapType"/>) or a concrete
/// type index into the module's type section. A concrete index is relative to the module that
/// declares it; compare concrete types through the module's canonical type ids.
/// </summary>
public readonly struct HeapType : IEquatable<HeapType>
{
    // >= 0: concrete type index; < 0: ~(int)AbstractHeapType.
    private readonly int _value;

    private HeapType(int value) => _value = value;

    /// <summary>Creates an abstract heap type.</summary>
    public static HeapType FromAbstract(AbstractHeapType type) => new(~(int)type);

    /// <summary>Creates a concrete heap type referring to type index <paramref name="typeIndex"/>.</summary>
    public static HeapType FromIndex(int typeIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(typeIndex);
        return new HeapType(typeIndex);
    }

    /// <summary><c>func</c>.</summary>
    public static HeapType Func => FromAbstract(AbstractHeapType.Func);
    /// <summary><c>extern</c>.</summary>
    public static HeapType Extern => FromAbstract(AbstractHeapType.Extern);

    /// <summary>Whether this is a type index rather than an abstract heap type.</summary>
    public bool IsConcrete => _value >= 0;

    /// <summary>The type index of a concrete heap type.</summary>
    public int TypeIndex => IsConcrete ? _value : throw new InvalidOperationException("abstract heap type has no index");

    /// <summary>The abstract heap type of a non-concrete heap type.</summary>
    public AbstractHeapType Abstract => IsConcrete ? throw new InvalidOperationException("concrete heap type") : (AbstractHeapType)~_value;

    /// <summary>The raw encoding, for hashing and compact storage.</summary>
    internal int RawValue => _value;

    /// <inheritdoc/>
    public bool Equals(HeapType other) => _value == other._value;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HeapType other && Equals(other);
    /// <inheritdoc/>
    public override int GetHashCode() => _value;
    /// <summary>Structural (index) equality.</summary>
    public static bool operator ==(HeapType left, HeapType right) => left._value == right._value;
    /// <summary>Structural (index) inequality.</summary>
    public static bool operator !=(HeapType left, HeapType right) => left._value != right._value;

    /// <summary>The text-format spelling, e.g. <c>func</c> or <c>3</c>.</summary>
    public override string ToString() => IsConcrete ? _value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Abstract switch
    {
        AbstractHeapType.Func => "func",
        AbstractHeapType.NoFunc => "nofunc",
        AbstractHeapType.Extern => "extern",
        AbstractHeapType.NoExtern => "noextern",
        AbstractHeapType.Any => "any",
        AbstractHeapType.Eq => "eq",
        AbstractHeapType.I31 => "i31",
        AbstractHeapType.Struct => "struct",
        AbstractHeapType.Array => "array",
        AbstractHeapType.None => "none",
        AbstractHeapType.Exn => "exn",
        AbstractHeapType.NoExn => "noexn",
        _ => "?",
    };
}
