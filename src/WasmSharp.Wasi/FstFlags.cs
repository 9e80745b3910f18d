namespace WasmSharp.Wasi;

/// <summary>The <c>$fstflags</c> flags of typenames.witx (u16).</summary>
[Flags]
internal enum FstFlags : ushort
{
    None = 0,
    Atim = 1,
    AtimNow = 2,
    Mtim = 4,
    MtimNow = 8,
    All = 15,
}
