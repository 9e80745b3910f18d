using System.Text;

namespace WasmSharp.Fuzz.Hostile;

/// <summary>
/// Hostile code shapes for the decoder, validator and compiler: huge functions, deep nesting, many locals,
/// huge br_tables. Each must compile and run, or be refused with a documented error, on a normal host stack.
/// </summary>
internal static class CodeShapeCases
{
    public static IEnumerable<HostileCase> All()
    {
        // Nested blocks of the same size compile in well under a second: 10 s is generous for every shape.
        TimeSpan bound = TimeSpan.FromSeconds(10);
        yield return new("huge-function-100k-instructions", bound, () => HugeFunction(new Config()));
        yield return new("huge-function-100k-instructions-split-16", bound, () => HugeFunction(new Config { FunctionSplitThreshold = 16 }));
        yield return new("huge-function-100k-instructions-lazy", bound, () => HugeFunction(new Config { LazyCompilation = true }));
        yield return new("deep-nesting-blocks-20k", bound, () => DeepNestingBinary(20_000, [0x02, 0x40], new Config()));
        yield return new("deep-nesting-ifs-20k", bound, () => DeepNestingBinary(20_000, [0x41, 0x01, 0x04, 0x40], new Config()));
        yield return new("deep-nesting-loops-20k-split-16", bound, () => DeepNestingBinary(20_000, [0x03, 0x40], new Config { FunctionSplitThreshold = 16 }));
        yield return new("deep-nesting-blocks-20k-lazy", bound, () => DeepNestingBinary(20_000, [0x02, 0x40], new Config { LazyCompilation = true }));
        yield return new("wat-deep-nesting-blocks-20k", bound, () => DeepNesting(20_000, "block", "end"));
        yield return new("many-locals-50k", bound, () => ManyLocals(50_000));
        yield return new("many-locals-1m", bound, () => ManyLocals(1_000_000));
        yield return new("br-table-100k-targets", bound, BigBrTable);
        yield return new("many-functions-20k", bound, ManyFunctions);
    }

    private static string Run(string wat, Config config, string export, int expected)
    {
        return Guest.OnThread(Guest.HostThreadStackBytes, () =>
        {
            Store<int> store;
            Instance instance;
            try
            {
                (store, instance) = Guest.Instantiate(wat, config);
            }
            catch (Exception e) when (e is WasmValidationException or WasmFormatException or WasmResourceLimitException or Text.WatParseException)
            {
                return $"refused: {e.GetType().Name}: {e.Message}";
            }

            int result = Guest.Call(store, instance, export)[0].AsI32();
            if (result != expected)
            {
                throw new HostileExpectationException($"returned {result}, expected {expected}");
            }

            return $"compiled and returned {result}";
        });
    }

    private static string HugeFunction(Config config)
    {
        var body = new StringBuilder("(module (func (export \"run\") (result i32) (local i32) i32.const 1\n");
        for (int i = 0; i < 25_000; i++)
        {
            // Four instructions a round (100k in all), with a local round-trip so nothing folds to one constant.
            body.Append("local.tee 0 i32.const 1 i32.add nop\n");
        }

        body.Append("))");
        return Run(body.ToString(), config, "run", 25_001);
    }

    /// <summary>
    /// The binary of a module whose function "run" nests <paramref name="open"/> (a block type included)
    /// <paramref name="depth"/> deep and returns 42: the decoder, validator and compiler see the nesting
    /// without the text parser in front.
    /// </summary>
    private static string DeepNestingBinary(int depth, byte[] open, Config config)
    {
        var body = new List<byte> { 0x00 };
        for (int i = 0; i < depth; i++)
        {
            body.AddRange(open);
        }

        body.AddRange(Enumerable.Repeat((byte)0x0B, depth));
        body.AddRange([0x41, 42, 0x0B]);
        var code = new List<byte> { 0x01 };
        code.AddRange(Leb(body.Count));
        code.AddRange(body);
        var module = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };
        module.AddRange([0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F]);
        module.AddRange([0x03, 0x02, 0x01, 0x00]);
        module.AddRange([0x07, 0x07, 0x01, 0x03, (byte)'r', (byte)'u', (byte)'n', 0x00, 0x00]);
        module.Add(0x0A);
        module.AddRange(Leb(code.Count));
        module.AddRange(code);
        byte[] bytes = module.ToArray();
        return Guest.OnThread(Guest.HostThreadStackBytes, () =>
        {
            var engine = new Engine(config);
            Module compiled;
            try
            {
                compiled = Module.FromBytes(engine, bytes);
            }
            catch (Exception e) when (e is WasmValidationException or WasmFormatException)
            {
                return $"refused: {e.GetType().Name}: {e.Message}";
            }

            var store = new Store<int>(engine, 0);
            Instance instance = new Linker<int>(engine).Instantiate(store, compiled);
            int result = Guest.Call(store, instance, "run")[0].AsI32();
            return result == 42 ? $"compiled and returned {result}" : throw new HostileExpectationException($"returned {result}, expected 42");
        });
    }

    private static byte[] Leb(int value)
    {
        var bytes = new List<byte>();
        uint remaining = (uint)value;
        do
        {
            byte b = (byte)(remaining & 0x7F);
            remaining >>= 7;
            bytes.Add(remaining != 0 ? (byte)(b | 0x80) : b);
        }
        while (remaining != 0);
        return bytes.ToArray();
    }

    private static string DeepNesting(int depth, string open, string close, Config? config = null)
    {
        var body = new StringBuilder("(module (func (export \"run\") (result i32)\n");
        for (int i = 0; i < depth; i++)
        {
            body.Append(open).Append('\n');
        }

        for (int i = 0; i < depth; i++)
        {
            body.Append(close).Append('\n');
        }

        body.Append("i32.const 42))");
        return Run(body.ToString(), config ?? new Config(), "run", 42);
    }

    private static string ManyLocals(int count)
    {
        string wat = $"(module (func (export \"run\") (result i32) (local i32) (local {string.Concat(Enumerable.Repeat(" i64", count - 1))}) (local.set 0 (i32.const 7)) (local.get 0)))";
        return Run(wat, new Config(), "run", 7);
    }

    private static string BigBrTable()
    {
        const int targets = 100_000;
        var labels = new StringBuilder();
        for (int i = 0; i < targets; i++)
        {
            labels.Append(i % 2 == 0 ? " 0" : " 1");
        }

        string wat = $"(module (func (export \"run\") (result i32) (block (block (br_table {labels} (i32.const 99999))) (return (i32.const 1))) (i32.const 2)))";
        return Run(wat, new Config(), "run", 2);
    }

    private static string ManyFunctions()
    {
        var wat = new StringBuilder("(module\n");
        const int count = 20_000;
        for (int i = 0; i < count; i++)
        {
            // Each calls the next ten down, so every function is reached without a deep chain.
            wat.Append(i < 10 ? $"(func $f{i} (result i32) (i32.const 1))\n" : $"(func $f{i} (result i32) (i32.add (call $f{i - 10}) (i32.const 0)))\n");
        }

        wat.Append($"(func (export \"run\") (result i32) (call $f{count - 1})))");
        return Run(wat.ToString(), new Config(), "run", 1);
    }
}
