using System.Runtime.Intrinsics;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A WebAssembly value (spec 4.2.1 "Values"); mirrors <c>wasmtime::Val</c>. Floats are kept as bit
/// patterns so NaN payloads survive every round trip; references are a <see cref="Func"/> (or null)
/// for <c>funcref</c> and any object (or null) for <c>externref</c>.
/// </summary>
public readonly struct Val
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly object? _ref;

    private Val(ValType type, ulong low, ulong high = 0, object? reference = null)
    {
        Type = type;
        _low = low;
        _high = high;
        _ref = reference;
    }

    /// <summary>The value's type.</summary>
    public ValType Type { get; }

    /// <summary>The value's kind (<c>Val::ty</c>, coarse).</summary>
    public ValKind Kind => Type.Kind;

    /// <summary>An i32 (<c>Val::I32</c>).</summary>
    public static Val I32(int value) => new(ValType.I32, (uint)value);

    /// <summary>An i64 (<c>Val::I64</c>).</summary>
    public static Val I64(long value) => new(ValType.I64, (ulong)value);

    /// <summary>An f32 (<c>Val::F32</c>); its bits are kept.</summary>
    public static Val F32(float value) => new(ValType.F32, BitConverter.SingleToUInt32Bits(value));

    /// <summary>An f32 given by its bit pattern (<c>Val::F32(bits)</c> in Wasmtime).</summary>
    public static Val F32Bits(uint bits) => new(ValType.F32, bits);

    /// <summary>An f64 (<c>Val::F64</c>); its bits are kept.</summary>
    public static Val F64(double value) => new(ValType.F64, BitConverter.DoubleToUInt64Bits(value));

    /// <summary>An f64 given by its bit pattern.</summary>
    public static Val F64Bits(ulong bits) => new(ValType.F64, bits);

    /// <summary>A v128 (<c>Val::V128</c>).</summary>
    public static Val V128(Vector128<byte> value) => new(ValType.V128, value.AsUInt64().GetElement(0), value.AsUInt64().GetElement(1));

    /// <summary>A v128 from its low and high 64 bits (little-endian lanes).</summary>
    public static Val V128(ulong low, ulong high) => new(ValType.V128, low, high);

    /// <summary>A <c>funcref</c>, null for <c>ref.null func</c> (<c>Val::FuncRef</c>).</summary>
    public static Val FuncRef(Func? func) => new(ValType.FuncRef, 0, 0, func);

    /// <summary>An <c>externref</c>, null for <c>ref.null extern</c> (<c>Val::ExternRef</c>).</summary>
    public static Val ExternRef(object? value) => new(ValType.ExternRef, 0, 0, value);

    /// <summary>
    /// An <c>anyref</c>, null for <c>ref.null any</c> (Wasmtime's <c>Val::AnyRef</c>): an
    /// <see cref="EqRef"/> (struct, array, i31), or any other host object, which wasm then sees
    /// as an internalised external reference (<c>any.convert_extern</c>): it fails every cast
    /// below <c>any</c> and comes back out as the same object.
    /// </summary>
    public static Val AnyRef(object? value) => new(ValType.Ref(AbstractHeapType.Any, nullable: true), 0, 0, value);

    /// <summary>The default value of <paramref name="type"/> (spec 4.2.1: zero or null).</summary>
    public static Val Default(ValType type) => new(type, 0);

    /// <summary>The value as i32 (<c>Val::unwrap_i32</c>).</summary>
    /// <exception cref="InvalidOperationException">The value is not an i32.</exception>
    public int AsI32() => Kind == ValKind.I32 ? (int)(uint)_low : throw Mismatch("i32");

    /// <summary>The value as i64 (<c>Val::unwrap_i64</c>).</summary>
    /// <exception cref="InvalidOperationException">The value is not an i64.</exception>
    public long AsI64() => Kind == ValKind.I64 ? (long)_low : throw Mismatch("i64");

    /// <summary>The value as f32 (<c>Val::unwrap_f32</c>).</summary>
    /// <exception cref="InvalidOperationException">The value is not an f32.</exception>
    public float AsF32() => BitConverter.UInt32BitsToSingle(AsF32Bits());

    /// <summary>The bit pattern of an f32.</summary>
    /// <exception cref="InvalidOperationException">The value is not an f32.</exception>
    public uint AsF32Bits() => Kind == ValKind.F32 ? (uint)_low : throw Mismatch("f32");

    /// <summary>The value as f64 (<c>Val::unwrap_f64</c>).</summary>
    /// <exception cref="InvalidOperationException">The value is not an f64.</exception>
    public double AsF64() => BitConverter.UInt64BitsToDouble(AsF64Bits());

    /// <summary>The bit pattern of an f64.</summary>
    /// <exception cref="InvalidOperationException">The value is not an f64.</exception>
    public ulong AsF64Bits() => Kind == ValKind.F64 ? _low : throw Mismatch("f64");

    /// <summary>The value as v128 (<c>Val::unwrap_v128</c>).</summary>
    /// <exception cref="InvalidOperationException">The value is not a v128.</exception>
    public Vector128<byte> AsV128() => Kind == ValKind.V128 ? Vector128.Create(_low, _high).AsByte() : throw Mismatch("v128");

    /// <summary>The function of a <c>funcref</c> (<c>Val::unwrap_funcref</c>), null for null.</summary>
    /// <exception cref="InvalidOperationException">The value is not a funcref.</exception>
    public Func? AsFuncRef() => Kind == ValKind.Ref && IsFuncHeap(Type.Heap) ? (Func?)_ref : throw Mismatch("funcref");

    /// <summary>The object of an <c>externref</c> (<c>Val::unwrap_externref</c>), null for null.</summary>
    /// <exception cref="InvalidOperationException">The value is not an externref.</exception>
    public object? AsExternRef() => Kind == ValKind.Ref && IsExternHeap(Type.Heap) ? _ref : throw Mismatch("externref");

    /// <summary>
    /// The reference of any reference value: a <see cref="Func"/>, a host object, or null
    /// (Wasmtime's <c>Val::ref_</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is not a reference.</exception>
    public object? AsRef() => Kind == ValKind.Ref ? _ref : throw Mismatch("a reference");

    /// <summary>Whether this is a null reference.</summary>
    public bool IsNull => Kind == ValKind.Ref && _ref is null;

    /// <summary>An i32 value.</summary>
    public static implicit operator Val(int value) => I32(value);

    /// <summary>An i64 value.</summary>
    public static implicit operator Val(long value) => I64(value);

    /// <summary>An f32 value.</summary>
    public static implicit operator Val(float value) => F32(value);

    /// <summary>An f64 value.</summary>
    public static implicit operator Val(double value) => F64(value);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ValKind.I32 => $"i32:{(int)(uint)_low}",
        ValKind.I64 => $"i64:{(long)_low}",
        ValKind.F32 => $"f32:{BitConverter.UInt32BitsToSingle((uint)_low)} (0x{(uint)_low:x8})",
        ValKind.F64 => $"f64:{BitConverter.UInt64BitsToDouble(_low)} (0x{_low:x16})",
        ValKind.V128 => $"v128:0x{_high:x16}{_low:x16}",
        _ => _ref is null ? $"{Type}:null" : $"{Type}:{_ref}",
    };

    /// <summary>The untyped form compiled code uses; a funcref must belong to <paramref name="store"/>.</summary>
    internal ValRaw ToRaw(StoreContext store)
    {
        if (Kind == ValKind.Ref)
        {
            if (_ref is Func func && IsFuncHeap(Type.Heap))
            {
                if (!ReferenceEquals(func.Ref.Context.Store, store))
                {
                    throw new ArgumentException("object used with the wrong store");
                }

                return ValRaw.FromRef(func.Ref);
            }

            return ValRaw.FromRef(_ref);
        }

        return Kind == ValKind.V128 ? ValRaw.V128(_low, _high) : new ValRaw { Bits = _low };
    }

    /// <summary>The value of type <paramref name="type"/> in <paramref name="raw"/>.</summary>
    internal static Val FromRaw(in ValRaw raw, ValType type)
    {
        if (type.Kind == ValKind.Ref)
        {
            // GC objects keep the declared type (a concrete one may be a struct or array type).
            bool isFunc = IsFuncHeap(type.Heap) && raw.Ref is null or Vm.FuncRef;
            object? reference = raw.Ref is Vm.FuncRef funcRef ? new Func(funcRef) : raw.Ref;
            return new Val(isFunc ? ValType.FuncRef : type, 0, 0, reference);
        }

        return type.Kind switch
        {
            ValKind.I32 or ValKind.F32 => new Val(type, (uint)raw.Bits),
            ValKind.V128 => new Val(type, raw.Bits, raw.Hi),
            _ => new Val(type, raw.Bits),
        };
    }

    /// <summary>Whether this value may be stored where <paramref name="type"/> is expected.</summary>
    internal bool Matches(ValType type)
    {
        if (type.Kind != Kind)
        {
            return false;
        }

        if (Kind != ValKind.Ref)
        {
            return true;
        }

        if (_ref is null)
        {
            return type.Nullable && SameTop(Type, type);
        }

        if (_ref is EqRef)
        {
            // A GC object fits the any hierarchy and, for want of module types here, any concrete type.
            return type.Heap.IsConcrete || IsAnyHeap(type.Heap);
        }

        return SameTop(Type, type);
    }

    private static bool SameTop(ValType a, ValType b) =>
        IsFuncHeap(a.Heap) == IsFuncHeap(b.Heap) && IsExternHeap(a.Heap) == IsExternHeap(b.Heap);

    // Concrete heap types are function types until GC types are compiled.
    private static bool IsFuncHeap(HeapType heap) => heap.IsConcrete || heap.Abstract is AbstractHeapType.Func or AbstractHeapType.NoFunc;

    private static bool IsAnyHeap(HeapType heap) => !heap.IsConcrete && heap.Abstract is AbstractHeapType.Any or AbstractHeapType.Eq
        or AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array or AbstractHeapType.None;

    private static bool IsExternHeap(HeapType heap) => !heap.IsConcrete && heap.Abstract is AbstractHeapType.Extern or AbstractHeapType.NoExtern;

    private InvalidOperationException Mismatch(string expected) => new($"expected {expected}, found {Type}");
}
