namespace WasmSharp.Operators;

/// <summary>
/// A decoded memory argument (spec 5.4.6 "Memory Instructions", memarg with the multi-memory flag
/// bit 6): the alignment exponent, the memory it names (0 when the flag bit is clear) and the offset.
/// </summary>
internal struct MemArg
{
    /// <summary>The alignment exponent, with the memory-index flag bit removed.</summary>
    public uint AlignLog2;

    /// <summary>The accessed memory.</summary>
    public uint Memory;

    /// <summary>The static offset added to the dynamic address.</summary>
    public ulong Offset;
}
