namespace WasmSharp.Fuzz.Hostile;

/// <summary>Hostile guests that ask for too much memory or too many table elements: growth must fail cleanly.</summary>
internal static class ResourceCases
{
    public static IEnumerable<HostileCase> All()
    {
        TimeSpan bound = TimeSpan.FromSeconds(30);
        yield return new("memory-bomb-limited", bound, MemoryBombLimited);
        yield return new("memory-bomb-to-4gib", bound, MemoryBombTo4GiB);
        yield return new("memory-4gib-edges", bound, Memory4GiBEdges);
        yield return new("memory64-far-accesses", bound, Memory64FarAccesses);
        yield return new("memory64-huge-grow", bound, Memory64HugeGrow);
        yield return new("table-bomb-limited", bound, TableBombLimited);
        yield return new("table-grow-4g-elements", bound, TableGrowHuge);
        yield return new("huge-table-10m", bound, HugeTable);
        yield return new("instance-limit", bound, InstanceLimit);
        yield return new("gc-array-too-large", bound, GcArrayTooLarge);
        yield return new("gc-allocation-churn-fuel", bound, GcAllocationChurn);
    }

    /// <summary>memory.grow by 16 pages until it fails, under a 64 MiB store limit.</summary>
    private static string MemoryBombLimited()
    {
        const string wat = """
            (module (memory 1)
              (func (export "run") (result i32)
                (loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
                (memory.size)))
            """;
        var (store, instance) = Guest.Instantiate(wat, limits: new StoreLimits { MemorySize = 64L << 20 });
        int pages = Guest.Call(store, instance, "run")[0].AsI32();
        if (pages > 1024)
        {
            throw new HostileExpectationException($"grew to {pages} pages past the 64 MiB limit");
        }

        return $"memory.grow failed at {pages} pages (limit 1024)";
    }

    /// <summary>memory.grow by 1024 pages until it fails, no store limit: up to the 4 GiB maximum.</summary>
    private static string MemoryBombTo4GiB()
    {
        const string wat = """
            (module (memory 1)
              (func (export "run") (result i32)
                (loop $l (br_if $l (i32.ne (memory.grow (i32.const 1024)) (i32.const -1))))
                (i32.store8 (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1)) (i32.const 1))
                (memory.size)))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        int pages = Guest.Call(store, instance, "run")[0].AsI32();
        return $"memory.grow failed at {(uint)pages} pages";
    }

    /// <summary>A 65536-page memory: the last bytes are reachable, one past them traps.</summary>
    private static string Memory4GiBEdges()
    {
        const string wat = """
            (module (memory 65536)
              (func (export "store") (param i32) (i32.store (local.get 0) (i32.const 0x01020304)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
            """;
        Store<int> store;
        Instance instance;
        try
        {
            (store, instance) = Guest.Instantiate(wat);
        }
        catch (WasmResourceLimitException e)
        {
            return $"instantiation refused: {e.Message}";
        }

        Guest.Call(store, instance, "store", unchecked((int)0xFFFFFFFC));
        int value = Guest.Call(store, instance, "load", unchecked((int)0xFFFFFFFC))[0].AsI32();
        if (value != 0x01020304)
        {
            throw new HostileExpectationException($"read back {value:x} at the last word");
        }

        string outcome = Guest.ExpectTrap(TrapCode.MemoryOutOfBounds, () => Guest.Call(store, instance, "load", unchecked((int)0xFFFFFFFD)));
        return $"last word ok, one past: {outcome}";
    }

    private static string Memory64FarAccesses()
    {
        const string wat = """
            (module (memory i64 1)
              (func (export "load") (param i64) (result i64) (i64.load (local.get 0)))
              (func (export "load-offset") (param i64) (result i64) (i64.load offset=0xFFFFFFFFFFFFFFF0 (local.get 0))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        var outcomes = new List<string>();
        foreach (long address in new[] { 65536L - 7, 1L << 32, long.MaxValue, -8L, -1L })
        {
            outcomes.Add(Guest.ExpectTrap(TrapCode.MemoryOutOfBounds, () => Guest.Call(store, instance, "load", address)));
        }

        foreach (long address in new[] { 0x10L, 0x20L, 1L << 40 })
        {
            outcomes.Add(Guest.ExpectTrap(TrapCode.MemoryOutOfBounds, () => Guest.Call(store, instance, "load-offset", address)));
        }

        return $"{outcomes.Count} far accesses trapped";
    }

    private static string Memory64HugeGrow()
    {
        const string wat = """
            (module (memory i64 1)
              (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        var results = new List<long>();
        foreach (long delta in new[] { 1L << 48, 1L << 32, long.MaxValue, -1L })
        {
            long result = Guest.Call(store, instance, "grow", delta)[0].AsI64();
            if (result != -1)
            {
                throw new HostileExpectationException($"memory.grow {delta} pages returned {result}");
            }

            results.Add(result);
        }

        return "every huge memory.grow returned -1";
    }

    private static string TableBombLimited()
    {
        const string wat = """
            (module (table 0 funcref)
              (func (export "run") (result i32)
                (loop $l (br_if $l (i32.ne (table.grow (ref.null func) (i32.const 100000)) (i32.const -1))))
                (table.size)))
            """;
        var (store, instance) = Guest.Instantiate(wat, limits: new StoreLimits { TableElements = 1_000_000 });
        int size = Guest.Call(store, instance, "run")[0].AsI32();
        if (size > 1_000_000)
        {
            throw new HostileExpectationException($"grew to {size} elements past the limit");
        }

        return $"table.grow failed at {size} elements";
    }

    private static string TableGrowHuge()
    {
        const string wat = """
            (module (table 1 funcref)
              (func (export "grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        int result = Guest.Call(store, instance, "grow", -2)[0].AsI32();
        if (result != -1)
        {
            throw new HostileExpectationException($"table.grow by 2^32-2 elements returned {result}");
        }

        return "table.grow by 2^32-2 elements returned -1";
    }

    private static string HugeTable()
    {
        const string wat = """
            (module (type $t (func)) (table 10000000 funcref)
              (func (export "call") (param i32) (call_indirect (type $t) (local.get 0))))
            """;
        Store<int> store;
        Instance instance;
        try
        {
            (store, instance) = Guest.Instantiate(wat);
        }
        catch (WasmResourceLimitException e)
        {
            return $"instantiation refused: {e.Message}";
        }

        string outcome = Guest.ExpectTrap(TrapCode.IndirectCallToNull, () => Guest.Call(store, instance, "call", 9_999_999));
        string past = Guest.ExpectTrap(TrapCode.TableOutOfBounds, () => Guest.Call(store, instance, "call", 10_000_000));
        return $"last element: {outcome}; one past: {past}";
    }

    private static string InstanceLimit()
    {
        var engine = new Engine();
        Module module = Module.FromText(engine, "(module (memory 1))");
        var store = new Store<int>(engine, 0);
        store.Limiter(_ => new StoreLimits { InstanceLimit = 10 });
        var linker = new Linker<int>(engine);
        for (int i = 0; i < 10; i++)
        {
            linker.Instantiate(store, module);
        }

        try
        {
            linker.Instantiate(store, module);
        }
        catch (WasmResourceLimitException e)
        {
            return $"11th instance refused: {e.Message}";
        }

        throw new HostileExpectationException("the 11th instance was created past InstanceLimit = 10");
    }

    private static string GcArrayTooLarge()
    {
        const string wat = """
            (module (type $a (array (mut i64)))
              (func (export "run") (param i32) (result i32) (array.len (array.new_default $a (local.get 0)))))
            """;
        var (store, instance) = Guest.Instantiate(wat);
        string outcome = Guest.ExpectTrap(TrapCode.AllocationTooLarge, () => Guest.Call(store, instance, "run", int.MaxValue));
        return outcome;
    }

    private static string GcAllocationChurn()
    {
        const string wat = """
            (module (type $a (array (mut i64)))
              (func (export "run")
                (loop $l (drop (array.new_default $a (i32.const 1000000))) (br $l))))
            """;
        var (store, instance) = Guest.Instantiate(wat, new Config { ConsumeFuel = true });
        store.SetFuel(2_000);
        return Guest.ExpectTrap(TrapCode.OutOfFuel, () => Guest.Call(store, instance, "run"));
    }
}
