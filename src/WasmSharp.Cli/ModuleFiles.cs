namespace WasmSharp.Cli;

/// <summary>
/// Reads the module files the commands are given, as Wasmtime's <c>RunCommon::load_module</c>: a
/// precompiled module (<c>wasmsharp compile</c>'s output) is recognised by its first bytes and
/// loaded only with <c>--allow-precompiled</c>; anything else is a binary or text module.
/// </summary>
internal static class ModuleFiles
{
    /// <summary>Wasmtime's refusal of a precompiled module without the flag, word for word.</summary>
    public const string PrecompiledRefused = "running a precompiled module requires the `--allow-precompiled` flag";

    /// <summary>The module in <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="NotSupportedException">The file is precompiled and <paramref name="allowPrecompiled"/> is false.</exception>
    /// <exception cref="WasmSerializationException">The precompiled module cannot be loaded.</exception>
    public static Module Load(Engine engine, string path, bool allowPrecompiled)
    {
        if (Engine.DetectPrecompiled(ReadStart(path)))
        {
            // DeserializeFile reads the file itself, so that the saved code's image is staged for
            // the runtime to map rather than read into memory.
            return allowPrecompiled ? Module.DeserializeFile(engine, path) : throw new NotSupportedException(PrecompiledRefused);
        }

        byte[] bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().StartsWith("\0asm"u8)
            ? Module.FromBytes(engine, bytes)
            : Module.FromText(engine, System.Text.Encoding.UTF8.GetString(bytes));
    }

    // The file's first bytes, enough for Engine.DetectPrecompiled (fewer if the file is shorter).
    private static byte[] ReadStart(string path)
    {
        using FileStream file = File.OpenRead(path);
        byte[] start = new byte[128];
        int length = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        return start[..length];
    }
}
