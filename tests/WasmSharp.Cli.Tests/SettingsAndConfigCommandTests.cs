namespace WasmSharp.Cli.Tests;

/// <summary><c>wasmsharp settings</c> and <c>wasmsharp config new</c> end to end.</summary>
public sealed class SettingsAndConfigCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void SettingsPrintsHostFeaturesAndTheEffectiveConfig()
    {
        CliProcess.Result plain = CliProcess.Run(_directory, "settings");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains($"  dynamic-code-supported: {(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "true" : "false")}", plain.Stdout);
        // The test build of the CLI is plain IL; the packed tool is checked to be ReadyToRun by .ci/run.
        Assert.Contains("  wasmsharp-precompiled: none (JIT only)", plain.Stdout);
        if (System.Runtime.Intrinsics.X86.Sse2.IsSupported)
        {
            Assert.Contains($"  avx2: {(System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "true" : "false")}", plain.Stdout);
        }

        Assert.Contains("  proposal Simd: true", plain.Stdout);
        Assert.Contains("  parallel-compilation: true", plain.Stdout);

        CliProcess.Result configured = CliProcess.Run(_directory, "settings", "-W", "simd=n,relaxed-simd=n,fuel=5,max-wasm-stack=64KiB", "-C", "parallel-compilation=n");
        Assert.Equal(0, configured.ExitCode);
        Assert.Contains("  proposal Simd: false", configured.Stdout);
        Assert.Contains("  consume-fuel: true", configured.Stdout);
        Assert.Contains("  max-wasm-stack: 65536", configured.Stdout);
        Assert.Contains("  parallel-compilation: false", configured.Stdout);
    }

    [Fact]
    public void ConfigNewWritesTheDefaultsOnceAndRunReadsThem()
    {
        string path = Path.Combine("sub", "config.toml");
        CliProcess.Result created = CliProcess.Run(_directory, "config", "new", path);
        Assert.Equal(0, created.ExitCode);
        Assert.Equal($"Successfully created a new configuration file at '{path}'.\n", created.Stdout);
        string text = File.ReadAllText(Path.Combine(_directory, path));
        Assert.Contains("[wasm]", text);
        Assert.Contains("# parallel-compilation = true", text);

        CliProcess.Result again = CliProcess.Run(_directory, "config", "new", path);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"Error: Configuration file '{path}' already exists.", again.Stderr.TrimEnd());

        // Every commented default, uncommented, is accepted and changes nothing.
        string[] defaults = text.Split('\n')
            .Where(l => l.StartsWith('['))
            .Concat(text.Split('\n').Where(l => l.StartsWith("# ") && l.Contains(" = ")).Select(l => l[2..]))
            .ToArray();
        Assert.Contains("epoch-interruption = false", defaults);
        File.WriteAllText(Path.Combine(_directory, "defaults.toml"), string.Join('\n', text.Split('\n')
            .Select(l => l.StartsWith("# ") && l.Contains(" = ") ? l[2..] : l)));
        path = "defaults.toml";
        CliProcess.Result settings = CliProcess.Run(_directory, "settings", "--config", path);
        Assert.Equal(0, settings.ExitCode);
        Assert.Equal(CliProcess.Run(_directory, "settings").Stdout, settings.Stdout);
    }
}
