using System.Diagnostics;
using WasmSharp.Wasi;
using WT = Wasmtime;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Measures steady-state instantiation of each program apart from its runs: WasmSharp through
/// <see cref="InstancePre{T}.Instantiate"/> and Wasmtime through <c>Linker.Instantiate</c> (the .NET
/// binding has no <c>InstancePre</c>; its linker resolves the imports natively on each call), each
/// with on-demand allocation and with the pooling allocator (the same limits for both), in this
/// process. The four variants take turns: <see cref="Warmup"/> untimed rounds, then
/// <see cref="Repeats"/> timed ones, each instantiation into a fresh store that is disposed after it
/// (outside the timed window, for both runtimes: that is when a pooled slot is reset). Only the
/// instantiate call is timed. The methods the .NET JIT compiles on this thread during WasmSharp's
/// timed instantiations are counted: there should be none (tier-1 recompilation happens on a
/// background thread and is not counted).
/// </summary>
internal static class InstantiationTimes
{
    /// <summary>
    /// Untimed rounds before the timed ones: slots exist, and WasmSharp's instantiation code has been
    /// called often enough (30 calls, counted once the JIT has been idle for 100 ms) for the .NET JIT
    /// to recompile it optimized (tier 1), which <see cref="Quiesce.BeforeTimedWindow"/> waits for,
    /// after each half; Wasmtime's is native code.
    /// </summary>
    public const int Warmup = 200;

    /// <summary>Timed instantiations per variant; the page shows the median and the minimum.</summary>
    public const int Repeats = 100;

    /// <summary>The variants, in table order.</summary>
    public static readonly string[] Variants = ["WasmSharp", "WasmSharp pooled", "Wasmtime", "Wasmtime pooled"];

    // The same pool limits for both runtimes: room for the largest harness program's table.
    private const int PoolSlots = 100;
    private const int PoolTableElements = 100_000;

    public static InstantiationMeasurement Measure(BenchProgram program, byte[] wasm)
    {
        var times = new Dictionary<string, (double, double)>();
        var errors = new List<string>();
        var runs = new List<(string Variant, Func<double> Once, bool Jitted)>();
        var disposables = new List<IDisposable>();
        try
        {
            foreach (string variant in Variants)
            {
                bool pooled = variant.EndsWith("pooled", StringComparison.Ordinal);
                try
                {
                    bool wasmSharp = variant.StartsWith("WasmSharp", StringComparison.Ordinal);
                    Func<double> once = wasmSharp ? WasmSharp(wasm, pooled, disposables) : Wasmtime(program, wasm, pooled, disposables);
                    once();
                    runs.Add((variant, once, wasmSharp));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    errors.Add($"{variant}: {e.GetType().Name}: {e.Message}");
                }
            }

            for (int round = 0; round < Warmup; round++)
            {
                if (round == Warmup / 2)
                {
                    // The runtime starts counting calls towards tier 1 only once the JIT has been idle
                    // for a while, so the second half of the warm-up is what gets code recompiled.
                    Quiesce.BeforeTimedWindow();
                }

                runs.ForEach(r => r.Once());
            }

            Quiesce.BeforeTimedWindow();
            var samples = runs.ToDictionary(r => r.Variant, _ => new List<double>(Repeats));
            long jitted = 0;
            for (int round = 0; round < Repeats; round++)
            {
                foreach ((string variant, Func<double> once, bool counted) in runs)
                {
                    long jit0 = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
                    samples[variant].Add(once());
                    jitted += counted ? System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jit0 : 0;
                }
            }

            foreach ((string variant, List<double> list) in samples)
            {
                times[variant] = (Statistics.Median(list), list.Min());
            }

            return new InstantiationMeasurement(program, times, jitted, errors.Count == 0 ? null : string.Join("; ", errors));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add($"{e.GetType().Name}: {e.Message}");
            return new InstantiationMeasurement(program, times, 0, string.Join("; ", errors));
        }
        finally
        {
            disposables.ForEach(d => d.Dispose());
        }
    }

    // One timed instantiation into a fresh store, disposed after the clock stops.
    private static Func<double> WasmSharp(byte[] wasm, bool pooled, List<IDisposable> disposables)
    {
        var config = new Config { Strategy = Strategy.Compiler };
        if (pooled)
        {
            config.AllocationStrategy = InstanceAllocationStrategy.Pooling(new PoolingAllocationConfig
            {
                TotalCoreInstances = PoolSlots,
                TotalMemories = PoolSlots,
                TotalTables = PoolSlots,
                TableElements = PoolTableElements,
            });
        }

        var engine = new Engine(config);
        Module module = Module.FromBytes(engine, wasm);
        var clock = new BenchClock();
        Linker<WasiContext> linker = new Linker<WasiContext>(engine).DefineWasi();
        linker.FuncWrap("bench", "start", clock.Start);
        linker.FuncWrap("bench", "end", clock.End);
        InstancePre<WasiContext> pre = linker.InstantiatePre(module);
        WasiContext idle = new WasiConfig().Build();
        disposables.Add(idle);
        return () =>
        {
            using var store = new Store<WasiContext>(engine, idle);
            long t0 = Stopwatch.GetTimestamp();
            pre.Instantiate(store);
            return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        };
    }

    private static Func<double> Wasmtime(BenchProgram program, byte[] wasm, bool pooled, List<IDisposable> disposables)
    {
        // The engine disposes the config; the config copies the pool settings (a const pointer in the C API).
        var config = new WT.Config();
        using var pool = new WT.PoolingAllocationConfig()
            .WithMaxCoreInstances(PoolSlots)
            .WithMaxMemories(PoolSlots)
            .WithMaxTables(PoolSlots)
            .WithMaxTableElements(PoolTableElements);
        if (pooled)
        {
            config.WithPoolingAllocationStrategy(pool);
        }

        var engine = new WT.Engine(config);
        var module = WT.Module.FromBytes(engine, program.Argv0, wasm);
        var clock = new BenchClock();
        var linker = new WT.Linker(engine);
        linker.DefineWasi();
        linker.DefineFunction("bench", "start", clock.Start);
        linker.DefineFunction("bench", "end", clock.End);

        // Disposed in reverse order of need: the linker and module before the engine.
        disposables.Insert(0, engine);
        disposables.Insert(0, module);
        disposables.Insert(0, linker);
        return () =>
        {
            using var store = new WT.Store(engine);
            store.SetWasiConfiguration(new WT.WasiConfiguration());
            long t0 = Stopwatch.GetTimestamp();
            linker.Instantiate(store, module);
            return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        };
    }
}
