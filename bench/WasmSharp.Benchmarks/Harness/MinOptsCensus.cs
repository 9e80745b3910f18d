using WasmSharp.TestSupport;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Which methods RyuJIT compiled with MinOpts (unoptimized, because a method was too large for
/// it) when WasmSharp compiled a program: one more compile, apart from the timed runs, with the
/// runtime's JIT events listened to (<see cref="JitTierListener"/>), which would slow those runs.
/// </summary>
internal static class MinOptsCensus
{
    /// <summary>The MinOpts methods of compiling <paramref name="wasm"/> with <see cref="Strategy.Compiler"/>; null if the JIT's events did not arrive.</summary>
    public static IReadOnlyList<string>? Compile(byte[] wasm)
    {
        using var listener = new JitTierListener();
        Module.FromBytes(new Engine(new Config { Strategy = Strategy.Compiler }), wasm);
        return listener.TakeMinOpts(TimeSpan.FromSeconds(30));
    }
}
