using WasmSharp.Types;

namespace WasmSharp.Fuzz.Diff;

/// <summary>An argument passed to an export in both runtimes: its kind and raw bits (references are always null).</summary>
/// <param name="Kind">The value's kind.</param>
/// <param name="Low">The low 64 bits (the whole value for scalars).</param>
/// <param name="High">The high 64 bits of a v128.</param>
internal readonly record struct ArgumentValue(ValKind Kind, ulong Low, ulong High)
{
    private static readonly ulong[] EdgeBits =
    [
        0, 1, 2, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000,
        0x3F800000, 0x7F800000, 0xFF800000, 0x7FC00000, 0x3FF0000000000000, 0x7FF0000000000000, 0x7FF8000000000000,
        0x4F000000, 0x43E0000000000000, 0x80, 0x100, 0xFFFF, 0x10000,
    ];

    /// <summary>Draws an argument of <paramref name="type"/>: an edge value or random bits, half and half.</summary>
    public static ArgumentValue Draw(ValType type, Random random)
    {
        ulong Next() => random.Next(2) == 0 ? EdgeBits[random.Next(EdgeBits.Length)] : (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
        return type.Kind switch
        {
            ValKind.I32 or ValKind.F32 => new(type.Kind, Next() & 0xFFFFFFFF, 0),
            ValKind.I64 or ValKind.F64 => new(type.Kind, Next(), 0),
            ValKind.V128 => new(type.Kind, Next(), Next()),
            _ => new(type.Kind, 0, 0),
        };
    }

    public override string ToString() => Kind switch
    {
        ValKind.I32 => ValueText.I32((int)Low),
        ValKind.I64 => ValueText.I64((long)Low),
        ValKind.F32 => $"f32:{Low:x8}",
        ValKind.F64 => $"f64:{Low:x16}",
        ValKind.V128 => $"v128:{Low:x16}_{High:x16}",
        _ => "ref:null",
    };
}
