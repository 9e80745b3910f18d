using System.Diagnostics;
using WT = Wasmtime;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>Runs a program under Wasmtime (the <c>Wasmtime</c> NuGet package, native code) in this process.</summary>
internal sealed class WasmtimeRunner : IRuntimeRunner
{
    public string Name => "Wasmtime";

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
            // A fresh engine per run: Wasmtime has no compilation cache configured, so every run compiles.
            using var engine = new WT.Engine();
            long t0 = Stopwatch.GetTimestamp();
            using var module = WT.Module.FromBytes(engine, program.Argv0, wasm);
            compileMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

            var clock = new BenchClock();
            using var linker = new WT.Linker(engine);
            linker.DefineWasi();
            linker.DefineFunction("bench", "start", clock.Start);
            linker.DefineFunction("bench", "end", clock.End);

            int exitCode = 0;
            using (var store = new WT.Store(engine))
            {
                store.SetWasiConfiguration(new WT.WasiConfiguration()
                    .WithArg(program.Argv0)
                    .WithArgs(program.Args)
                    .WithPreopenedDirectory(workDir, ".", true)
                    .WithStandardOutput(stdoutPath)
                    .WithStandardError(stderrPath));
                t0 = Stopwatch.GetTimestamp();
                WT.Instance instance = linker.Instantiate(store, module);
                firstInstantiateMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

                Action start = instance.GetAction("_start") ?? throw new InvalidOperationException("no _start export");
                Quiesce.BeforeTimedWindow();
                double cpu0 = ThreadCpuClock.NowMs();
                t0 = Stopwatch.GetTimestamp();
                try
                {
                    start();
                }
                catch (WT.WasmtimeException e) when (e.ExitCode is int code)
                {
                    exitCode = code;
                }

                double wholeMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                double wholeCpuMs = ThreadCpuClock.NowMs() - cpu0;
                executeMs = clock.Complete ? clock.ElapsedMs : wholeMs;
                executeCpuMs = clock.Complete ? clock.ElapsedCpuMs : wholeCpuMs;
            }

            using (var store = new WT.Store(engine))
            {
                store.SetWasiConfiguration(new WT.WasiConfiguration());
                t0 = Stopwatch.GetTimestamp();
                linker.Instantiate(store, module);
                instantiateMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }

            return new RawRun(compileMs, firstInstantiateMs, instantiateMs, executeMs, exitCode, null) { ExecuteCpuMs = executeCpuMs };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RawRun(compileMs, firstInstantiateMs, instantiateMs, executeMs, -1, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
