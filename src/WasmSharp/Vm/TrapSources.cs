namespace WasmSharp.Vm;

/// <summary>
/// Which instructions can raise a trap of a given code, read from the instruction's first bytes in
/// the module: a backtrace uses it to pick, among the sites a compiled frame's IL offset leaves
/// open, the one that raised the trap a runtime helper threw (a division by zero comes from a
/// division, an array index out of bounds from an array instruction).
/// </summary>
internal static class TrapSources
{
    /// <summary>
    /// Whether the instruction at <paramref name="offset"/> in <paramref name="module"/> can raise a
    /// trap with <paramref name="code"/>; true for codes any instruction may meet (stack overflow,
    /// interrupts, fuel) and for instructions not recognised.
    /// </summary>
    public static bool CanRaise(ReadOnlySpan<byte> module, int offset, TrapCode code)
    {
        if ((uint)offset >= (uint)module.Length)
        {
            return true;
        }

        byte op = module[offset];
        byte sub = op is >= 0xFB and <= 0xFE && offset + 1 < module.Length ? module[offset + 1] : (byte)0;
        bool gc = op == 0xFB;
        return code switch
        {
            TrapCode.IntegerDivisionByZero => op is >= 0x6D and <= 0x70 or >= 0x7F and <= 0x82,
            TrapCode.IntegerOverflow => op is 0x6D or 0x7F or >= 0xA8 and <= 0xB1,
            TrapCode.BadConversionToInteger => op is >= 0xA8 and <= 0xB1,
            TrapCode.TableOutOfBounds => op is 0x11 or 0x13 or 0x25 or 0x26 || op == 0xFC && sub is >= 12 and <= 17 || gc && sub is 10 or 19,
            TrapCode.IndirectCallToNull or TrapCode.BadSignature => op is 0x11 or 0x13,
            TrapCode.MemoryOutOfBounds => op is >= 0x28 and <= 0x3E or 0xFD or 0xFE || op == 0xFC && sub is >= 8 and <= 11 || gc && sub is 9 or 18,
            TrapCode.HeapMisaligned => op == 0xFE,
            TrapCode.NullReference => op is 0x0A or 0x14 or 0x15 or 0xD4 || gc && sub is >= 2 and <= 5 or >= 11 and <= 19 or 29 or 30,
            TrapCode.ArrayOutOfBounds => gc && sub is >= 9 and <= 14 or >= 16 and <= 19,
            TrapCode.CastFailure => gc && sub is 22 or 23,
            TrapCode.AllocationTooLarge => gc && sub is >= 6 and <= 10,
            TrapCode.UnreachableCodeReached => op == 0x00,
            _ => true,
        };    }
}
