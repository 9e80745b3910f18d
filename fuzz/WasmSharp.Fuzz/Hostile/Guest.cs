namespace WasmSharp.Fuzz.Hostile;

/// <summary>Helpers the hostile cases share: instantiate a text module, expect a trap, run on a small stack.</summary>
internal static class Guest
{
    /// <summary>The stack of the thread a case body runs on: a typical host thread, not a fuzzer's giant one.</summary>
    public const int HostThreadStackBytes = 1024 * 1024;

    /// <summary>Compiles <paramref name="wat"/> under <paramref name="config"/> and instantiates it in a new store.</summary>
    public static (Store<int> Store, Instance Instance) Instantiate(string wat, Config? config = null, Action<Linker<int>, Store<int>>? define = null, StoreLimits? limits = null)
    {
        var engine = new Engine(config ?? new Config());
        Module module = Module.FromText(engine, wat);
        var store = new Store<int>(engine, 0);
        if (limits is not null)
        {
            store.Limiter(_ => limits);
        }

        var linker = new Linker<int>(engine);
        define?.Invoke(linker, store);
        return (store, linker.Instantiate(store, module));
    }

    /// <summary>Calls export <paramref name="name"/> with i32/i64 arguments and returns its results.</summary>
    public static Val[] Call(Store store, Instance instance, string name, params Val[] arguments)
    {
        Func func = instance.GetFunc(store, name) ?? throw new HostileExpectationException($"no export {name}");
        var results = new Val[func.Ty(store).Results.Count];
        func.Call(store, arguments, results);
        return results;
    }

    /// <summary>Runs <paramref name="action"/> and requires a trap with <paramref name="code"/>.</summary>
    public static string ExpectTrap(TrapCode code, Action action)
    {
        try
        {
            action();
        }
        catch (Trap trap) when (trap.Code == code)
        {
            return $"trap {trap.Code}";
        }
        catch (Trap trap)
        {
            throw new HostileExpectationException($"expected trap {code}, got trap {trap.Code}: {trap.Message}");
        }

        throw new HostileExpectationException($"expected trap {code}, but the call returned");
    }

    /// <summary>Runs <paramref name="body"/> on a new thread with <paramref name="stackBytes"/> of stack and returns its result.</summary>
    public static string OnThread(int stackBytes, Func<string> body)
    {
        string? result = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = body();
                }
                catch (Exception e)
                {
                    // Handed to the calling thread, which rethrows it as the case's outcome.
                    failure = e;
                }
            },
            stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return result!;
    }
}
