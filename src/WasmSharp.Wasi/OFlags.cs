namespace WasmSharp.Wasi;

/// <summary>The <c>$oflags</c> flags of typenames.witx (u16).</summary>
[Flags]
internal enum OFlags : ushort
{
    None = 0,
    Creat = 1,
    Directory = 2,
    Excl = 4,
    Trunc = 8,
    All = 15,
}
