namespace WasmSharp.Binary;

/// <summary>Decodes the memory section (spec "Memory Section").</summary>
internal static class MemorySectionDecoder
{
    /// <summary>
    /// Most memories, imported and defined, a module may have. The spec sets no bound; this is
    /// Wasmtime's (wasmparser's <c>MAX_WASM_MEMORIES</c>, with its message). A compiled function
    /// keeps a base and limits in IL locals per memory it uses, and a method has at most 65,535
    /// locals: 30,000 memories made the JIT reject the method (docs/limits.md).
    /// </summary>
    public const int MaxMemories = 100;

    /// <summary>Appends the defined memories to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int countOffset = reader.Offset;
        int count = reader.ReadVectorCount();
        CheckCount(module.Memories.Count + (long)count, countOffset);
        for (int i = 0; i < count; i++)
        {
            module.Memories.Add(TypeReader.ReadMemoryType(ref reader, features));
        }
    }

    /// <summary>Fails at <paramref name="offset"/> when a module would have <paramref name="memories"/> memories, more than <see cref="MaxMemories"/>.</summary>
    public static void CheckCount(long memories, int offset)
    {
        if (memories > MaxMemories)
        {
            WasmReader.Fail($"memories count exceeds limit of {MaxMemories}", offset);
        }
    }
}
