namespace WasmSharp.Wasi;

/// <summary>The calling instance's exported memory seen through the <see cref="IGuestMemory"/> seam.</summary>
internal sealed class CallerMemory : IGuestMemory
{
    private readonly Memory _memory;
    private readonly Store _store;

    public CallerMemory(Memory memory, Store store)
    {
        _memory = memory;
        _store = store;
    }

    public Span<byte> Span => _memory.Span(_store);
}
