using System.CommandLine;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using WasmSharp.Cli.Options;
using Arm = System.Runtime.Intrinsics.Arm;
using X86 = System.Runtime.Intrinsics.X86;

namespace WasmSharp.Cli;

/// <summary>
/// <c>wasmsharp settings [OPTIONS]</c>: what code generation can rely on, as <c>wasmtime settings</c>
/// prints Cranelift's target flags. WasmSharp's code is compiled by the .NET JIT, so these are the
/// host's instruction sets as System.Runtime.Intrinsics sees them, whether the runtime can compile
/// code at all (<see cref="RuntimeFeature.IsDynamicCodeSupported"/>), and the engine configuration
/// the given <c>-W</c>/<c>-C</c>/... flags produce.
/// </summary>
internal sealed class SettingsCommand
{
    /// <summary>The option groups, so the effective configuration reflects them.</summary>
    public GroupOptions Groups { get; } = new();

    /// <summary>Builds the command.</summary>
    public Command Create()
    {
        var command = new Command("settings", "Print the host's code-generation features and the effective engine configuration.");
        Groups.AddTo(command);
        command.SetAction(parsed => Print(Groups.Read(parsed)));
        return command;
    }

    private static int Print(RunSettings settings)
    {
        Config config = settings.BuildRunConfig();
        try
        {
            _ = new Engine(config);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        Console.WriteLine("Host:");
        Line("architecture", RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant());
        Line("os", RuntimeInformation.OSDescription);
        Line("runtime", RuntimeInformation.FrameworkDescription);
        Line("dynamic-code-supported", RuntimeFeature.IsDynamicCodeSupported);
        Line("dynamic-code-compiled", RuntimeFeature.IsDynamicCodeCompiled);
        Line("wasmsharp-precompiled", Precompiled());
        Line("vector128-accelerated", Vector128.IsHardwareAccelerated);
        Line("vector256-accelerated", Vector256.IsHardwareAccelerated);
        Line("vector512-accelerated", Vector512.IsHardwareAccelerated);

        Console.WriteLine();
        Console.WriteLine("CPU features (System.Runtime.Intrinsics IsSupported):");
        if (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86)
        {
            Line("sse", X86.Sse.IsSupported);
            Line("sse2", X86.Sse2.IsSupported);
            Line("sse3", X86.Sse3.IsSupported);
            Line("ssse3", X86.Ssse3.IsSupported);
            Line("sse4.1", X86.Sse41.IsSupported);
            Line("sse4.2", X86.Sse42.IsSupported);
            Line("popcnt", X86.Popcnt.IsSupported);
            Line("lzcnt", X86.Lzcnt.IsSupported);
            Line("bmi1", X86.Bmi1.IsSupported);
            Line("bmi2", X86.Bmi2.IsSupported);
            Line("fma", X86.Fma.IsSupported);
            Line("avx", X86.Avx.IsSupported);
            Line("avx2", X86.Avx2.IsSupported);
            Line("avx512f", X86.Avx512F.IsSupported);
            Line("avx512bw", X86.Avx512BW.IsSupported);
            Line("avx512cd", X86.Avx512CD.IsSupported);
            Line("avx512dq", X86.Avx512DQ.IsSupported);
            Line("avx512vbmi", X86.Avx512Vbmi.IsSupported);
            Line("pclmulqdq", X86.Pclmulqdq.IsSupported);
            Line("aes", X86.Aes.IsSupported);
        }
        else if (RuntimeInformation.ProcessArchitecture is Architecture.Arm64)
        {
            Line("advsimd", Arm.AdvSimd.IsSupported);
            Line("aes", Arm.Aes.IsSupported);
            Line("crc32", Arm.Crc32.IsSupported);
            Line("dotprod", Arm.Dp.IsSupported);
            Line("rdm", Arm.Rdm.IsSupported);
            Line("sha1", Arm.Sha1.IsSupported);
            Line("sha256", Arm.Sha256.IsSupported);
        }
        else
        {
            Console.WriteLine("  (no System.Runtime.Intrinsics instruction sets for this architecture)");
        }

        Console.WriteLine();
        Console.WriteLine("Engine configuration:");
        foreach (WasmFeatures feature in Enum.GetValues<WasmFeatures>().Where(f => f is not WasmFeatures.None and not WasmFeatures.All))
        {
            Line($"proposal {feature}", (config.Features & feature) == feature);
        }

        Line("max-wasm-stack", config.MaxWasmStack);
        Line("consume-fuel", config.ConsumeFuel);
        Line("epoch-interruption", config.EpochInterruption);
        Line("strategy", new Engine(config).Strategy.ToString().ToLowerInvariant());
        Line("parallel-compilation", config.ParallelCompilation);
        Line("lazy-compilation", config.LazyCompilation);
        Line("address-map", config.GenerateAddressMap);
        Line("function-split-threshold", config.FunctionSplitThreshold);
        Line("tier-up-code-size", config.TierUpCodeSize);
        return 0;
    }

    // How the WasmSharp library this process runs was compiled: the installed tool's packages carry
    // ReadyToRun code, which only fills the CLI header's ManagedNativeHeader directory.
    private static string Precompiled()
    {
        string path = typeof(Engine).Assembly.Location;
        if (path.Length == 0)
        {
            return RuntimeFeature.IsDynamicCodeSupported ? "unknown (no assembly file)" : "native (NativeAOT)";
        }

        using FileStream stream = File.OpenRead(path);
        using var image = new PEReader(stream);
        return image.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0 ? "readytorun" : "none (JIT only)";
    }

    private static void Line(string name, object value) =>
        Console.WriteLine($"  {name}: {(value is bool b ? (b ? "true" : "false") : value)}");
}
