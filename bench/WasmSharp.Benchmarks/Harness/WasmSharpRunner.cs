using System.Diagnostics;
using WasmSharp.Wasi;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Runs a program under WasmSharp in this process, as <c>wasmsharp run --dir .::.</c> does, with the
/// engine's <see cref="Config.Strategy"/> fixed: the compiled tier or the interpreter.
/// </summary>
internal sealed class WasmSharpRunner : IRuntimeRunner
{
    private readonly Strategy _strategy;

    /// <summary>Creates a runner whose engines run code with <paramref name="strategy"/>, named <paramref name="name"/> in tables.</summary>
    public WasmSharpRunner(Strategy strategy, string name)
    {
        _strategy = strategy;
        Name = name;
    }

    public string Name { get; }

    public bool InProcess => true;

    public RawRun Run(BenchProgram program, byte[] wasm, string workDir, string stdoutPath, string stderrPath)
    {
        double compileMs = 0;
        double firstInstantiateMs = 0;
        double instantiateMs = 0;
        double executeMs = 0;
        double executeCpuMs = double.NaN;
        try
        {
            // A fresh engine per run, so every run pays compilation and nothing is cached across runs.
            var engine = new Engine(new Config { Strategy = _strategy });
            long t0 = Stopwatch.GetTimestamp();
            Module module = Module.FromBytes(engine, wasm);
            compileMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

            var clock = new BenchClock();
            Linker<WasiContext> linker = new Linker<WasiContext>(engine).DefineWasi();
            linker.FuncWrap("bench", "start", clock.Start);
            linker.FuncWrap("bench", "end", clock.End);

            int exitCode = 0;
            using (var stdout = new FileStream(stdoutPath, FileMode.Create, FileAccess.Write))
            using (var stderr = new FileStream(stderrPath, FileMode.Create, FileAccess.Write))
            using (WasiContext wasi = new WasiConfig()
                .Arg(program.Argv0)
                .Args(program.Args)
                .PreopenedDir(workDir, ".")
                .Stdout(stdout)
                .Stderr(stderr)
                .Build())
            {
                var store = new Store<WasiContext>(engine, wasi);
                t0 = Stopwatch.GetTimestamp();
                Instance instance = linker.Instantiate(store, module);
                firstInstantiateMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

                Func start = instance.GetFunc(store, "_start") ?? throw new InvalidOperationException("no _start export");
                Quiesce.BeforeTimedWindow();
                double cpu0 = ThreadCpuClock.NowMs();
                t0 = Stopwatch.GetTimestamp();
                try
                {
                    start.Call(store, [], []);
                }
                catch (WasiExit exit)
                {
                    exitCode = exit.Code;
                }

                double wholeMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                double wholeCpuMs = ThreadCpuClock.NowMs() - cpu0;
                executeMs = clock.Complete ? clock.ElapsedMs : wholeMs;
                executeCpuMs = clock.Complete ? clock.ElapsedCpuMs : wholeCpuMs;
            }

            // Steady-state instantiation: the module is compiled (or, interpreted, its functions that ran
            // are translated) now, and the store gets an empty WASI context.
            using (WasiContext idle = new WasiConfig().Build())
            {
                var store = new Store<WasiContext>(engine, idle);
                t0 = Stopwatch.GetTimestamp();
                linker.Instantiate(store, module);
                instantiateMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }

            return new RawRun(compileMs, firstInstantiateMs, instantiateMs, executeMs, exitCode, null) { ExecuteCpuMs = executeCpuMs };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string message = e is Trap trap ? $"trap: {trap.Message}" : $"{e.GetType().Name}: {e.Message}";
            return new RawRun(compileMs, firstInstantiateMs, instantiateMs, executeMs, -1, message);
        }
    }
}
