using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// The arguments and results of a call of an unchecked host function
/// (<see cref="Linker{T}.FuncNewUnchecked"/>; Wasmtime's <c>&amp;mut [ValRaw]</c> of
/// <c>Func::new_unchecked</c>): numbers only, read and written by index, without a
/// <see cref="Val"/> per value. The arguments are at indices 0 to the parameter count; the results
/// are written from index 0, over them, so a callback reads every argument it needs before it
/// writes a result. <see cref="Length"/> is the larger of the two counts.
/// </summary>
public readonly ref struct UncheckedValues
{
    private readonly Span<ValRaw> _values;

    internal UncheckedValues(Span<ValRaw> values) => _values = values;

    /// <summary>How many slots there are: the larger of the parameter and result counts.</summary>
    public int Length => _values.Length;

    /// <summary>The i32 at <paramref name="index"/> (<c>ValRaw::get_i32</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public int GetI32(int index) => _values[index].AsI32;

    /// <summary>The i64 at <paramref name="index"/> (<c>ValRaw::get_i64</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public long GetI64(int index) => _values[index].AsI64;

    /// <summary>The f32 at <paramref name="index"/>, its bit pattern kept (<c>ValRaw::get_f32</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public float GetF32(int index) => _values[index].AsF32;

    /// <summary>The f64 at <paramref name="index"/>, its bit pattern kept (<c>ValRaw::get_f64</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public double GetF64(int index) => _values[index].AsF64;

    /// <summary>Writes i32 <paramref name="value"/> at <paramref name="index"/> (<c>ValRaw::i32</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public void SetI32(int index, int value) => _values[index] = ValRaw.I32(value);

    /// <summary>Writes i64 <paramref name="value"/> at <paramref name="index"/> (<c>ValRaw::i64</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public void SetI64(int index, long value) => _values[index] = ValRaw.I64(value);

    /// <summary>Writes f32 <paramref name="value"/> at <paramref name="index"/>, its bit pattern kept (<c>ValRaw::f32</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public void SetF32(int index, float value) => _values[index] = ValRaw.F32(value);

    /// <summary>Writes f64 <paramref name="value"/> at <paramref name="index"/>, its bit pattern kept (<c>ValRaw::f64</c>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Length"/>.</exception>
    public void SetF64(int index, double value) => _values[index] = ValRaw.F64(value);
}
