namespace WasmSharp.Wasi;

/// <summary>
/// The guest's linear memory as the WASI functions see it. A seam: the linker glue adapts the
/// exported <c>memory</c>, unit tests hand in a plain array.
/// </summary>
internal interface IGuestMemory
{
    /// <summary>The whole linear memory; re-read after anything that may grow it.</summary>
    Span<byte> Span { get; }
}
