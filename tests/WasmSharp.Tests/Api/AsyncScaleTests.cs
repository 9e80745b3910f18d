using System.Diagnostics;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Many async calls at once: suspended guests hold no thread. Run alone, so that the process's
/// thread count is this test's.
/// </summary>
[Collection(nameof(AsyncScaleTests))]
[CollectionDefinition(nameof(AsyncScaleTests), DisableParallelization = true)]
public sealed class AsyncScaleTests(ITestOutputHelper output)
{
    private const string Wat = """
        (module
          (import "host" "wait" (func $wait (param i32) (result i32)))
          (func (export "run") (param i32) (result i32) (i32.add (call $wait (local.get 0)) (i32.const 1))))
        """;

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task TenThousandCallsSuspendedAtOnceHoldNoThreads(Strategy strategy)
    {
        const int Calls = 10_000;
        Engine engine = AsyncTesting.Engine(strategy);
        int waiting = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "wait", async (Caller<int> caller, int x) =>
        {
            Interlocked.Increment(ref waiting);
            await release.Task;
            await Task.Delay(200);
            return x * 2;
        });
        InstancePre<int> pre = linker.InstantiatePre(Module.FromText(engine, Wat));

        int maxThreads = 0;
        using var sampling = new CancellationTokenSource();
        Task sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                using (var process = Process.GetCurrentProcess())
                {
                    maxThreads = Math.Max(maxThreads, process.Threads.Count);
                }

                await Task.Delay(10);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        var calls = new Task<int>[Calls];
        for (int i = 0; i < Calls; i++)
        {
            var store = new Store<int>(engine, i);
            Instance instance = await pre.InstantiateAsync(store);
            calls[i] = instance.GetTypedFunc<int, int>(store, "run").CallAsync(store, i);
        }

        // Every guest is suspended in the host function at the same time.
        Assert.Equal(Calls, Volatile.Read(ref waiting));
        Assert.All(calls, call => Assert.False(call.IsCompleted));
        release.SetResult();
        int[] results = await Task.WhenAll(calls);
        stopwatch.Stop();
        await sampling.CancelAsync();
        await sampler;

        for (int i = 0; i < Calls; i++)
        {
            Assert.Equal((2 * i) + 1, results[i]);
        }

        output.WriteLine($"{strategy}: {Calls} calls suspended at once, all done in {stopwatch.Elapsed.TotalSeconds:F2} s, at most {maxThreads} threads");
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.InRange(maxThreads, 1, 100);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AThousandStoresCallConcurrently(Strategy strategy)
    {
        const int Stores = 1_000;
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "wait", async (Caller<int> caller, int x) =>
        {
            await Task.Delay(1 + (x % 7));
            caller.Data += x;
            return x;
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "wait" (func $wait (param i32) (result i32)))
              (func (export "run") (param $n i32) (result i32) (local $sum i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $sum (i32.add (local.get $sum) (call $wait (local.get $n))))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $l)))
                (local.get $sum)))
            """);
        InstancePre<int> pre = linker.InstantiatePre(module);
        var stores = new Store<int>[Stores];
        Task<int>[] calls = Enumerable.Range(0, Stores).Select(i => Task.Run(async () =>
        {
            var store = new Store<int>(engine, 0);
            stores[i] = store;
            Instance instance = await pre.InstantiateAsync(store);
            return await instance.GetTypedFunc<int, int>(store, "run").CallAsync(store, 1 + (i % 10));
        })).ToArray();
        int[] results = await Task.WhenAll(calls);
        for (int i = 0; i < Stores; i++)
        {
            int n = 1 + (i % 10);
            Assert.Equal(n * (n + 1) / 2, results[i]);
            Assert.Equal(n * (n + 1) / 2, stores[i].Data);
        }
    }
}
