namespace WasmSharp.Wasi;

/// <summary>The <c>$filetype</c> enum of typenames.witx (a u8 tag).</summary>
internal enum WasiFileType : byte
{
    Unknown = 0,
    BlockDevice = 1,
    CharacterDevice = 2,
    Directory = 3,
    RegularFile = 4,
    SocketDgram = 5,
    SocketStream = 6,
    SymbolicLink = 7,
}
