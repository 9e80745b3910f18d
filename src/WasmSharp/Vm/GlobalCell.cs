using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WasmSharp.Vm;

/// <summary>
/// Storage of one global (spec 4.2.9 "Global Instances"). One object per global, so an imported or
/// exported global is shared by reference between instances and the host with no copying, and
/// compiled code reads it with two loads (<c>cx.Globals[i].I32</c>). The numeric fields (v128 included)
/// overlap, after the references (object fields may not overlap them), so
/// every number type reads and writes the same bits; a reinterpretation keeps NaN payloads.
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal sealed class GlobalCell
{
    /// <summary>The value as i32.</summary>
    [FieldOffset(32)]
    public int I32;

    /// <summary>The value as i64.</summary>
    [FieldOffset(32)]
    public long I64;

    /// <summary>The value as f32.</summary>
    [FieldOffset(32)]
    public float F32;

    /// <summary>The value as f64.</summary>
    [FieldOffset(32)]
    public double F64;

    /// <summary>The raw bits of a number value.</summary>
    [FieldOffset(32)]
    public ulong Bits;

    /// <summary>The high 8 bytes of a v128 value.</summary>
    [FieldOffset(40)]
    public ulong Hi;

    /// <summary>The value as v128 (overlapping <see cref="Bits"/> and <see cref="Hi"/>).</summary>
    [FieldOffset(32)]
    public Vector128<byte> V128;

    /// <summary>The value of a reference-typed global.</summary>
    [FieldOffset(0)]
    public object? Ref;

    /// <summary>Creates a cell of type <paramref name="type"/>.</summary>
    public GlobalCell(Types.GlobalType type) => Type = type;

    /// <summary>The global's type. It spans up to 16 bytes, so the numbers start at 32, clear of it.</summary>
    [FieldOffset(8)]
    public readonly Types.GlobalType Type;

    /// <summary>Reads the value untyped.</summary>
    public ValRaw Get() => new() { Bits = Bits, Hi = Hi, Ref = Ref };

    /// <summary>Writes the value untyped.</summary>
    public void Set(ValRaw value)
    {
        Bits = value.Bits;
        Hi = value.Hi;
        Ref = value.Ref;
    }
}
