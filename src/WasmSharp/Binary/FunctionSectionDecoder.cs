namespace WasmSharp.Binary;

/// <summary>Decodes the function section (spec "Function Section"): the type index of each defined function.</summary>
internal static class FunctionSectionDecoder
{
    /// <summary>
    /// Most functions, imported and defined, a module may have. The spec sets no bound; this is
    /// Wasmtime's (wasmparser's <c>MAX_WASM_FUNCTIONS</c>, with its message). It keeps the
    /// compiled assembly's methods (two per function, plus the regions of split ones) far below the
    /// 16,777,215 rows a metadata table of one module holds (docs/limits.md).
    /// </summary>
    public const int MaxFunctions = 1_000_000;

    /// <summary>Appends the defined functions' type indices to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        int countOffset = reader.Offset;
        int count = reader.ReadVectorCount();
        if ((long)count + module.FunctionTypes.Count > MaxFunctions)
        {
            WasmReader.Fail($"functions count exceeds limit of {MaxFunctions}", countOffset);
        }

        for (int i = 0; i < count; i++)
        {
            module.FunctionTypes.Add(reader.ReadCount());
        }
    }
}
