using System.Runtime.InteropServices;

namespace WasmSharp.Vm;

/// <summary>
/// Storage of one global (spec 4.2.9 "Global Instances"). One object per global, so an imported or
/// exported global is shared by reference between instances and the host with no copying, and
/// compiled code reads it with two loads (<c>cx.Globals[i].I32</c>). The numeric fields overlap so
/// every number type reads and writes the same bits; a reinterpretation keeps NaN payloads.
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal sealed class GlobalCell
{
    /// <summary>The value as i32.</summary>
    [FieldOffset(0)]
    public int I32;

    /// <summary>The value as i64.</summary>
    [FieldOffset(0)]
    public long I64;

    /// <summary>The value as f32.</summary>
    [FieldOffset(0)]
    public float F32;

    /// <summary>The value as f64.</summary>
    [FieldOffset(0)]
    public double F64;

    /// <summary>The raw bits of a number value.</summary>
    [FieldOffset(0)]
    public ulong Bits;

    /// <summary>The value of a reference-typed global.</summary>
    [FieldOffset(8)]
    public object? Ref;

    /// <summary>Creates a cell of type <paramref name="type"/>.</summary>
    public GlobalCell(Types.GlobalType type) => Type = type;

    /// <summary>The global's type.</summary>
    [FieldOffset(16)]
    public readonly Types.GlobalType Type;

    /// <summary>Reads the value untyped.</summary>
    public ValRaw Get() => new() { Bits = Bits, Ref = Ref };

    /// <summary>Writes the value untyped.</summary>
    public void Set(ValRaw value)
    {
        Bits = value.Bits;
        Ref = value.Ref;
    }
}
