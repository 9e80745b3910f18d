namespace WasmSharp.Fuzz.Hostile;

/// <summary>Hostile guests that exhaust the stack or run forever: each must end in a trap.</summary>
internal static class StackCases
{
    public static IEnumerable<HostileCase> All()
    {
        TimeSpan bound = TimeSpan.FromSeconds(20);
        yield return new("direct-recursion", bound, () => Recurse(new Config(), Guest.HostThreadStackBytes));
        yield return new("direct-recursion-256k-host-stack", bound, () => Recurse(new Config(), 256 * 1024));
        yield return new("direct-recursion-max-wasm-stack-64m", bound, () => Recurse(new Config { MaxWasmStack = 64 * 1024 * 1024 }, Guest.HostThreadStackBytes));
        yield return new("direct-recursion-split-16", bound, () => Recurse(new Config { FunctionSplitThreshold = 16 }, Guest.HostThreadStackBytes));
        yield return new("direct-recursion-lazy", bound, () => Recurse(new Config { LazyCompilation = true }, Guest.HostThreadStackBytes));
        yield return new("recursion-big-frames", bound, BigFrames);
        yield return new("recursion-through-host", bound, ThroughHost);
        yield return new("mutual-recursion-call-indirect", bound, MutualCallIndirect);
        yield return new("infinite-loop-fuel", bound, LoopOutOfFuel);
        yield return new("infinite-tail-calls-fuel", bound, TailCallsOutOfFuel);
        yield return new("infinite-loop-epoch", bound, LoopInterruptedByEpoch);
        yield return new("infinite-recursion-epoch", bound, RecursionInterruptedByEpoch);
        yield return new("uncaught-exception-deep", bound, UncaughtExceptionDeep);
    }

    private static string Recurse(Config config, int hostStack) => Guest.OnThread(hostStack, () =>
    {
        var (store, instance) = Guest.Instantiate("(module (func $f (export \"run\") (call $f)))", config);
        return Guest.ExpectTrap(TrapCode.StackOverflow, () => Guest.Call(store, instance, "run"));
    });

    private static string BigFrames() => Guest.OnThread(Guest.HostThreadStackBytes, () =>
    {
        string locals = string.Concat(Enumerable.Repeat(" v128", 200));
        string wat = $$"""
            (module
              (func $f (export "run") (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
                (local {{locals}})
                (i64.add (local.get 0)
                  (call $f (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5) (local.get 6) (local.get 7) (local.get 0)))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        return Guest.ExpectTrap(TrapCode.StackOverflow, () => Guest.Call(store, instance, "run", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
    });

    private static string ThroughHost() => Guest.OnThread(Guest.HostThreadStackBytes, () =>
    {
        const string wat = """
            (module
              (import "host" "reenter" (func $reenter))
              (func (export "run") (call $reenter)))
            """;
        int depth = 0;
        var (store, instance) = Guest.Instantiate(wat, define: (linker, _) => linker.FuncWrap("host", "reenter", (Caller<int> caller) =>
        {
            depth++;
            var run = (Func)caller.GetExport("run")!;
            run.Call(caller.Store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty);
        }));
        string outcome = Guest.ExpectTrap(TrapCode.StackOverflow, () => Guest.Call(store, instance, "run"));
        return $"{outcome} after {depth} host re-entries";
    });

    private static string MutualCallIndirect() => Guest.OnThread(Guest.HostThreadStackBytes, () =>
    {
        const string wat = """
            (module
              (type $t (func (param i32) (result i32)))
              (table 2 funcref)
              (elem (i32.const 0) $a $b)
              (func $a (type $t) (i32.add (i32.const 1) (call_indirect (type $t) (local.get 0) (i32.const 1))))
              (func $b (type $t) (i32.add (i32.const 2) (call_indirect (type $t) (local.get 0) (i32.const 0))))
              (func (export "run") (result i32) (call $a (i32.const 0))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        return Guest.ExpectTrap(TrapCode.StackOverflow, () => Guest.Call(store, instance, "run"));
    });

    private static string LoopOutOfFuel()
    {
        var (store, instance) = Guest.Instantiate("(module (func (export \"run\") (loop (br 0))))", new Config { ConsumeFuel = true });
        store.SetFuel(10_000_000);
        return Guest.ExpectTrap(TrapCode.OutOfFuel, () => Guest.Call(store, instance, "run"));
    }

    private static string TailCallsOutOfFuel()
    {
        const string wat = "(module (func $f (export \"run\") (param i64) (return_call $f (i64.add (local.get 0) (i64.const 1)))))";
        var (store, instance) = Guest.Instantiate(wat, new Config { ConsumeFuel = true });
        store.SetFuel(10_000_000);
        return Guest.ExpectTrap(TrapCode.OutOfFuel, () => Guest.Call(store, instance, "run", 0L));
    }

    private static string LoopInterruptedByEpoch() => Interrupted("(module (func (export \"run\") (loop (br 0))))");

    private static string RecursionInterruptedByEpoch() =>
        Interrupted("(module (func $f (export \"run\") (param i64) (return_call $f (i64.add (local.get 0) (i64.const 1)))))", 0L);

    /// <summary>Runs an endless guest with an epoch deadline one tick away and a thread ticking every 10 ms.</summary>
    private static string Interrupted(string wat, params Val[] arguments)
    {
        var (store, instance) = Guest.Instantiate(wat, new Config { EpochInterruption = true });
        store.SetEpochDeadline(1);
        using var stop = new CancellationTokenSource();
        Engine engine = store.Engine;
        var ticker = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Thread.Sleep(10);
                engine.IncrementEpoch();
            }
        });
        ticker.Start();
        try
        {
            return Guest.ExpectTrap(TrapCode.Interrupt, () => Guest.Call(store, instance, "run", arguments));
        }
        finally
        {
            stop.Cancel();
            ticker.Join();
        }
    }

    private static string UncaughtExceptionDeep() => Guest.OnThread(Guest.HostThreadStackBytes, () =>
    {
        const string wat = """
            (module
              (tag $e (param i32))
              (func $f (export "run") (param i32)
                (if (i32.eqz (local.get 0)) (then (throw $e (i32.const 7))))
                (call $f (i32.sub (local.get 0) (i32.const 1)))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        try
        {
            Guest.Call(store, instance, "run", 5000);
        }
        catch (WasmException e)
        {
            return $"uncaught wasm exception, payload {e.Payload[0].AsI32()}";
        }

        throw new HostileExpectationException("the throw was not reported to the host");
    });
}
