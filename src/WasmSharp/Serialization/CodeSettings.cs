using System.Reflection;

namespace WasmSharp.Serialization;

/// <summary>
/// What saved code depends on besides the module: the WasmSharp version, the engine settings that
/// change the code the compiler emits, and the CPU features (<see cref="CpuFeatures"/>). An artifact
/// records them and loads only into an engine where they are the same, as Wasmtime checks its
/// version, target, flags and tunables in <c>Module::deserialize</c>. <see cref="Config.Strategy"/>,
/// <see cref="Config.ParallelCompilation"/>, <see cref="Config.LazyCompilation"/> and the memory
/// limits do not change the code and are not recorded; of <see cref="Config.MaxWasmStack"/>, only
/// whether it splits the stack into segments does (<c>stack-segments</c>): an interpreter engine runs an artifact
/// that holds compiled code with the interpreter, and a compiling engine compiles an artifact that
/// holds none.
/// </summary>
internal sealed record CodeSettings(string Version, WasmFeatures Features, IReadOnlyList<KeyValuePair<string, string>> Settings, string Cpu)
{
    /// <summary>This build's version and commit (the informational version, as <c>wasmsharp --version</c> prints it).</summary>
    public static string CurrentVersion { get; } =
        typeof(CodeSettings).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CodeSettings).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The settings of <paramref name="engine"/> in this process.</summary>
    public static CodeSettings For(Engine engine) => new(CurrentVersion, engine.Features,
    [
        new("consume-fuel", Flag(engine.ConsumeFuel)),
        new("epoch-interruption", Flag(engine.EpochInterruption)),
        new("epoch-deadline-continuation", Flag(engine.EpochDeadlineContinuation)),
        new("function-split-threshold", engine.FunctionSplitThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("address-map", Flag(engine.GenerateAddressMap)),
        new("stack-segments", Flag(engine.SegmentedStack)),
    ], CpuFeatures.Current);

    /// <summary>
    /// Throws unless saved settings <paramref name="saved"/> match these, the host's, naming the first
    /// difference in Wasmtime's words.
    /// </summary>
    /// <exception cref="WasmSerializationException">A setting differs.</exception>
    public void CheckCompatible(CodeSettings saved)
    {
        if (saved.Version != Version)
        {
            throw new WasmSerializationException($"Module was compiled with incompatible WasmSharp version '{saved.Version}' (this is '{Version}')");
        }

        if (saved.Features != Features)
        {
            foreach (WasmFeatures feature in Enum.GetValues<WasmFeatures>())
            {
                if (feature is WasmFeatures.None or WasmFeatures.All || (saved.Features & feature) == (Features & feature))
                {
                    continue;
                }

                throw new WasmSerializationException((saved.Features & feature) != 0
                    ? $"Module was compiled with support for WebAssembly feature `{feature}` but it is not enabled for the host"
                    : $"Module was compiled without WebAssembly feature `{feature}` but it is enabled for the host");
            }

            throw new WasmSerializationException($"Module was compiled for a different configuration: WebAssembly features {(long)saved.Features:x} (the host has {(long)Features:x})");
        }

        var host = Settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        foreach ((string key, string value) in saved.Settings)
        {
            if (!host.TryGetValue(key, out string? hostValue))
            {
                throw new WasmSerializationException($"Module was compiled for a different configuration: unknown setting '{key}'");
            }

            if (hostValue != value)
            {
                throw new WasmSerializationException($"Module was compiled with a different '{key}' setting: expected '{value}' but host has '{hostValue}'");
            }
        }

        if (saved.Settings.Count != Settings.Count)
        {
            throw new WasmSerializationException("Module was compiled for a different configuration: the settings recorded differ from the host's");
        }

        if (saved.Cpu != Cpu)
        {
            throw new WasmSerializationException($"Module was compiled for incompatible CPU features '{saved.Cpu}' (the host has '{Cpu}')");
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
