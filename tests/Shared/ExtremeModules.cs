namespace WasmSharp.TestSupport;

/// <summary>
/// Generates binary modules at the size extremes a valid module can reach (many functions, huge
/// bodies, many locals, params and results, huge <c>br_table</c>s, deep nesting, many types,
/// globals, segments and exports), each with an export <c>run</c> taking no arguments whose result
/// the generator knows (<see cref="Generated.Expected"/>), so a test compares what the runtime
/// computes. Written in memory, byte by byte: a WAT source for these would take longer to parse
/// than the module takes to compile. Linked as source into the test projects (and used for the
/// measurements in docs/limits.md).
/// </summary>
internal static class ExtremeModules
{
    /// <summary>A generated module and the i64 its export <c>run</c> returns.</summary>
    public sealed record Generated(byte[] Bytes, long Expected);

    private const byte I32 = 0x7F;
    private const byte I64 = 0x7E;
    private const byte FuncRef = 0x70;
    private const byte EmptyBlock = 0x40;

    /// <summary>
    /// <paramref name="count"/> functions <c>f_i: () -> i64</c>, where <c>f_0</c> returns 0 and
    /// <c>f_i</c> returns <c>i + f_(i/2)</c> by a direct call (so calls cross from the last functions
    /// to the first), all in one table; <c>run</c> sums <c>call_indirect</c> of every entry; the
    /// last function, exported as <c>trap</c>, is <c>unreachable</c>. With
    /// <paramref name="exportAll"/>, every function is also exported as <c>f{i}</c>.
    /// </summary>
    public static Generated ManyFunctions(int count, bool exportAll = false)
    {
        var w = new ModuleWriter();
        w.Types(FuncType([], [I64]));
        int run = count;
        w.Functions(Enumerable.Repeat(0, count + 2));
        w.Table(FuncRef, (uint)count);
        w.Exports(Enumerable.Range(0, exportAll ? count : 0).Select(i => ("f" + i, (byte)0, (uint)i)).Append(("run", (byte)0, (uint)run)).Append(("trap", (byte)0, (uint)run + 1)));
        w.ActiveFunctionElements(Enumerable.Range(0, count).Select(i => (uint)i));
        var bodies = new List<byte[]>(count + 1);
        var g = new long[count];
        for (int i = 0; i < count; i++)
        {
            var b = new CodeWriter();
            b.I64Const(i);
            if (i > 0)
            {
                b.Call((uint)(i / 2)).Op(0x7C); // i64.add
                g[i] = i + g[i / 2];
            }

            bodies.Add(b.End());
        }

        bodies.Add(SumLoop(r => r.Op(0x11).U32(0).U32(0), count, 0x48)); // call_indirect, i32.lt_s
        bodies.Add(new CodeWriter().Op(0x00).End()); // unreachable
        w.Code(bodies);
        return new Generated(w.ToArray(), g.Sum());
    }

    /// <summary>
    /// One function <c>run</c> of at least <paramref name="bytes"/> code bytes: a long run of
    /// <c>local.set 0 (i64.add (i64.mul (local.get 0) 31) k)</c> statements, a few of them inside
    /// blocks so region splitting has structure to cut along; or, <paramref name="onStack"/>, one
    /// expression that keeps the value on the operand stack all along (<c>i64.mul 31</c>, plus the
    /// size of a table of 3, plus k: the <c>table.size</c> calls make the frame of a method that
    /// holds all of it, compiled unoptimized, larger than the default stack budget).
    /// </summary>
    public static Generated HugeFunction(int bytes, bool onStack = false)
    {
        var b = new CodeWriter();
        long value = 0;
        if (onStack)
        {
            b.I64Const(0);
        }

        for (int k = 0; b.Length < bytes; k++)
        {
            bool block = !onStack && k % 64 == 0;
            if (block)
            {
                b.Block(0x02, EmptyBlock);
            }

            if (!onStack)
            {
                b.LocalGet(0);
            }

            b.I64Const(31).Op(0x7E);
            if (onStack)
            {
                b.Op(0xFC).U32(16).U32(0).Op(0xAD).Op(0x7C); // table.size 0, i64.extend_i32_u, i64.add
                value = unchecked((value * 31) + 3);
            }
            else
            {
                value = unchecked(value * 31);
            }

            b.I64Const(k).Op(0x7C);
            if (!onStack)
            {
                b.LocalSet(0);
            }

            value = unchecked(value + k);
            if (block)
            {
                b.Op(0x0B);
            }
        }

        if (!onStack)
        {
            b.LocalGet(0);
        }

        return RunOnly(b, value, onStack ? 3 : 0, (1, I64));
    }

    /// <summary>
    /// <c>run</c> with <paramref name="count"/> i64 locals: it sets local <c>i</c> to <c>i * 3</c>,
    /// then sums all of them, last first.
    /// </summary>
    public static Generated ManyLocals(int count)
    {
        var b = new CodeWriter();
        for (int i = 0; i < count; i++)
        {
            b.I64Const(i * 3L).LocalSet((uint)i);
        }

        b.I64Const(0);
        for (int i = count - 1; i >= 0; i--)
        {
            b.LocalGet((uint)i).Op(0x7C);
        }

        return RunOnly(b, Enumerable.Range(0, count).Sum(i => i * 3L), ((uint)count, I64));
    }

    /// <summary>
    /// A function <c>mix</c> with <paramref name="count"/> i32 params and as many i32 results
    /// (result <c>j</c> is param <c>count-1-j</c> plus <c>j</c>), exported; <c>run</c> calls it with
    /// <c>i*7</c> as param <c>i</c> and folds the results into <c>h = h*31 + r</c> (last result first).
    /// </summary>
    public static Generated ManyParamsAndResults(int count)
    {
        var w = new ModuleWriter();
        byte[] many = Enumerable.Repeat(I32, count).ToArray();
        w.Types(FuncType(many, many), FuncType([], [I64]));
        w.Functions([0, 1]);
        w.Exports([("mix", 0, 0), ("run", 0, 1)]);
        var mix = new CodeWriter();
        for (int j = 0; j < count; j++)
        {
            mix.LocalGet((uint)(count - 1 - j)).I32Const(j).Op(0x6A);
        }

        var run = new CodeWriter();
        for (int i = 0; i < count; i++)
        {
            run.I32Const(i * 7);
        }

        run.Call(0);

        // Results are on the stack, last on top: pop each into local 0 and fold it into local 1.
        long h = 0;
        for (int j = count - 1; j >= 0; j--)
        {
            run.LocalSet(0).LocalGet(1).I64Const(31).Op(0x7E).LocalGet(0).Op(0xAC).Op(0x7C).LocalSet(1); // i64.extend_i32_s
            h = unchecked((h * 31) + (((count - 1 - j) * 7) + j));
        }

        run.LocalGet(1);
        w.Code([mix.End(), run.End([(1, I32), (1, I64)])]);
        return new Generated(w.ToArray(), h);
    }

    /// <summary>
    /// <c>pick(i32) -> i64</c> dispatches through a <c>br_table</c> of <paramref name="entries"/>
    /// entries over 4 blocks (entry <c>i</c> goes to block <c>i % 4</c>, the default to a fifth) and
    /// returns the block's number; <c>run</c> sums <c>pick</c> of every index, and of one past the end.
    /// </summary>
    public static Generated HugeBranchTable(int entries)
    {
        const int targets = 4;
        var w = new ModuleWriter();
        w.Types(FuncType([I32], [I64]), FuncType([], [I64]));
        w.Functions([0, 1]);
        w.Exports([("pick", 0, 0), ("run", 0, 1)]);
        var pick = new CodeWriter();
        for (int t = 0; t <= targets; t++)
        {
            pick.Block(0x02, EmptyBlock);
        }

        pick.LocalGet(0).Op(0x0E).U32((uint)entries);
        for (int i = 0; i < entries; i++)
        {
            pick.U32((uint)(i % targets));
        }

        pick.U32(targets);

        // After the end of block t (0 innermost) its number is returned.
        for (int t = 0; t <= targets; t++)
        {
            pick.Op(0x0B).I64Const(t).Op(0x0F);
        }

        pick.I64Const(-1);

        w.Code([pick.End(), SumLoop(r => r.Call(0), entries, 0x4C)]); // i32.le_s: one past the end too
        long expected = Enumerable.Range(0, entries).Sum(i => (long)(i % targets)) + targets;
        return new Generated(w.ToArray(), expected);
    }

    /// <summary>
    /// <c>run</c> nests <paramref name="depth"/> constructs (block, loop and if in turn, each adding
    /// its level to local 0 on the way in and leaving by a <c>br_if</c> to the outermost label at the
    /// innermost level) and returns local 0.
    /// </summary>
    public static Generated DeepNesting(int depth)
    {
        var b = new CodeWriter();
        long sum = 0;
        for (int level = 0; level < depth; level++)
        {
            switch (level % 3)
            {
                case 0:
                    b.Block(0x02, EmptyBlock);
                    break;
                case 1:
                    b.Block(0x03, EmptyBlock);
                    break;
                default:
                    b.I32Const(1).Block(0x04, EmptyBlock);
                    break;
            }

            b.LocalGet(0).I64Const(level).Op(0x7C).LocalSet(0);
            sum += level;
        }

        // Leave every level at once; the adds after each end are never reached.
        b.I32Const(1).Op(0x0D).U32((uint)(depth - 1));
        for (int level = 0; level < depth; level++)
        {
            b.LocalGet(0).I64Const(1_000_000).Op(0x7C).LocalSet(0).Op(0x0B);
        }

        b.LocalGet(0);
        return RunOnly(b, sum, (1, I64));
    }

    /// <summary>
    /// <c>run</c> pushes <paramref name="depth"/> constants <c>i32.const 1</c>, adds them all and
    /// returns the sum: an operand stack <paramref name="depth"/> values deep.
    /// </summary>
    public static Generated DeepOperandStack(int depth)
    {
        var b = new CodeWriter();
        for (int i = 0; i < depth; i++)
        {
            b.I32Const(1);
        }

        for (int i = 1; i < depth; i++)
        {
            b.Op(0x6A);
        }

        b.Op(0xAD); // i64.extend_i32_u
        return RunOnly(b, depth);
    }

    /// <summary>
    /// A module whose function section declares <paramref name="functions"/> functions of one type
    /// and stops there (to test the decoder's bound, which is checked before any body is read).
    /// </summary>
    public static byte[] FunctionSectionOnly(int functions)
    {
        var w = new ModuleWriter();
        w.Types(FuncType([], []));
        w.Functions(Enumerable.Repeat(0, functions));
        return w.ToArray();
    }

    /// <summary>A module with one function type of <paramref name="parameters"/> i32 params and <paramref name="results"/> i32 results.</summary>
    public static byte[] OneFunctionType(int parameters, int results)
    {
        var w = new ModuleWriter();
        w.Types(FuncType(Enumerable.Repeat(I32, parameters).ToArray(), Enumerable.Repeat(I32, results).ToArray()));
        return w.ToArray();
    }

    /// <summary>
    /// Many of everything else: <paramref name="count"/> distinct function types (one used per
    /// function, <c>(param i32 x (k+1)) (result i64)</c> for small k, the rest only declared),
    /// mutable i64 globals (global <c>i</c> starts at <c>i</c>), tables, passive data and element
    /// segments and exports (every global is exported). <c>run</c> sums the globals, the sizes of the
    /// tables, and the first byte of every data segment (each copied into memory with
    /// <c>memory.init</c>).
    /// </summary>
    public static Generated ManyOfEverything(int count, int tables)
    {
        var w = new ModuleWriter();
        var types = new List<byte[]> { FuncType([], [I64]) };
        for (int k = 1; k < count; k++)
        {
            // Distinct: k i32 params for k < 64, then results of a distinct i32/i64 pattern.
            types.Add(k < 64 ? FuncType(Enumerable.Repeat(I32, k).ToArray(), [I64]) : FuncType([], Pattern(k)));
        }

        w.Types([.. types]);
        w.Functions([0]);
        w.Tables(Enumerable.Range(0, tables).Select(t => (FuncRef, (uint)(t % 5))));
        w.Memory(1);
        w.Globals(Enumerable.Range(0, count).Select(i => (I64, true, (long)i)));
        w.Exports(Enumerable.Range(0, count).Select(i => ("g" + i, (byte)3, (uint)i)).Append(("run", (byte)0, 0u)));
        w.PassiveFunctionElements(count, 0);
        w.DataCount((uint)count);
        var b = new CodeWriter();
        b.I64Const(0);
        for (int i = 0; i < count; i++)
        {
            b.GlobalGet((uint)i).Op(0x7C);
        }

        for (int t = 0; t < tables; t++)
        {
            b.Op(0xFC).U32(16).U32((uint)t).Op(0xAD).Op(0x7C); // table.size, i64.extend_i32_u
        }

        long expected = ((long)count * (count - 1) / 2) + Enumerable.Range(0, tables).Sum(t => (long)(t % 5));
        for (int i = 0; i < count; i++)
        {
            // memory.init i at 0, 0, 1; then i64.add (i64.load8_u 0); elem.drop i
            b.I32Const(0).I32Const(0).I32Const(1).Op(0xFC).U32(8).U32((uint)i).U32(0);
            b.I32Const(0).Op(0x31).U32(0).U32(0).Op(0x7C);
            b.Op(0xFC).U32(13).U32((uint)i);
            expected += (byte)(i * 13);
        }

        w.Code([b.End()]);
        w.PassiveData(Enumerable.Range(0, count).Select(i => new[] { (byte)(i * 13) }));
        return new Generated(w.ToArray(), expected);
    }

    // The body of a `run` that sums value(i) for i from 0 while `i compare limit` holds, with i in
    // local 0 and the sum in local 1; `value` turns i on the stack into an i64.
    private static byte[] SumLoop(Action<CodeWriter> value, int limit, byte compare)
    {
        var r = new CodeWriter();
        r.Block(0x03, EmptyBlock).LocalGet(1).LocalGet(0);
        value(r);
        r.Op(0x7C).LocalSet(1)
            .LocalGet(0).I32Const(1).Op(0x6A).LocalTee(0).I32Const(limit).Op(compare).Op(0x0D).U32(0)
            .Op(0x0B)
            .LocalGet(1);
        return r.End([(1, I32), (1, I64)]);
    }

    // A module of one function, the export `run`, with `body` and `locals`.
    private static Generated RunOnly(CodeWriter body, long expected, params (uint Count, byte Type)[] locals) => RunOnly(body, expected, 0, locals);

    // The same with a table of `tableSize` funcrefs.
    private static Generated RunOnly(CodeWriter body, long expected, int tableSize, params (uint Count, byte Type)[] locals)
    {
        var w = new ModuleWriter();
        w.Types(FuncType([], [I64]));
        w.Functions([0]);
        if (tableSize > 0)
        {
            w.Table(FuncRef, (uint)tableSize);
        }

        w.Exports([("run", 0, 0)]);
        w.Code([body.End(locals)]);
        return new Generated(w.ToArray(), expected);
    }

    private static byte[] Pattern(int k)
    {
        var results = new List<byte>();
        for (int bits = k; bits > 0; bits >>= 1)
        {
            results.Add((bits & 1) != 0 ? I64 : I32);
        }

        return [.. results];
    }

    private static byte[] FuncType(byte[] parameters, byte[] results)
    {
        var t = new ByteWriter();
        t.Byte(0x60).U32((uint)parameters.Length).Bytes(parameters).U32((uint)results.Length).Bytes(results);
        return t.ToArray();
    }

    /// <summary>Appends bytes and LEB128 numbers.</summary>
    private class ByteWriter
    {
        private byte[] _buffer = new byte[256];

        public int Length { get; private set; }

        public ByteWriter Byte(byte value)
        {
            if (Length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            _buffer[Length++] = value;
            return this;
        }

        public ByteWriter Bytes(ReadOnlySpan<byte> bytes)
        {
            if (Length + bytes.Length > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + bytes.Length));
            }

            bytes.CopyTo(_buffer.AsSpan(Length));
            Length += bytes.Length;
            return this;
        }

        public ByteWriter U32(uint value)
        {
            do
            {
                byte low = (byte)(value & 0x7F);
                value >>= 7;
                Byte(value != 0 ? (byte)(low | 0x80) : low);
            }
            while (value != 0);
            return this;
        }

        public ByteWriter S64(long value)
        {
            while (true)
            {
                byte low = (byte)(value & 0x7F);
                value >>= 7;
                if ((value == 0 && (low & 0x40) == 0) || (value == -1 && (low & 0x40) != 0))
                {
                    Byte(low);
                    return this;
                }

                Byte((byte)(low | 0x80));
            }
        }

        public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();
    }

    /// <summary>A function body's instructions.</summary>
    private sealed class CodeWriter : ByteWriter
    {
        public CodeWriter Op(byte opcode) => (CodeWriter)Byte(opcode);

        public new CodeWriter U32(uint value) => (CodeWriter)base.U32(value);

        public CodeWriter I32Const(int value) => (CodeWriter)Op(0x41).S64(value);

        public CodeWriter I64Const(long value) => (CodeWriter)Op(0x42).S64(value);

        public CodeWriter LocalGet(uint index) => Op(0x20).U32(index);

        public CodeWriter LocalSet(uint index) => Op(0x21).U32(index);

        public CodeWriter LocalTee(uint index) => Op(0x22).U32(index);

        public CodeWriter GlobalGet(uint index) => Op(0x23).U32(index);

        public CodeWriter Call(uint function) => Op(0x10).U32(function);

        public CodeWriter Block(byte opcode, byte blockType) => Op(opcode).Op(blockType);

        /// <summary>The body: local declarations (count, type), these instructions, <c>end</c>, with its size first.</summary>
        public byte[] End(params (uint Count, byte Type)[] locals)
        {
            var body = new ByteWriter();
            body.U32((uint)locals.Length);
            foreach ((uint n, byte type) in locals)
            {
                body.U32(n).Byte(type);
            }

            body.Bytes(ToArray()).Byte(0x0B);
            return new ByteWriter().U32((uint)body.Length).Bytes(body.ToArray()).ToArray();
        }
    }

    /// <summary>Sections in their binary order; each method writes one.</summary>
    private sealed class ModuleWriter
    {
        private readonly ByteWriter _module = new ByteWriter().Bytes([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]);

        public void Types(params byte[][] types) => Section(1, types);

        public void Functions(IEnumerable<int> typeIndices) => Section(3, typeIndices.Select(t => new ByteWriter().U32((uint)t).ToArray()));

        public void Table(byte element, uint minimum) => Tables([(element, minimum)]);

        public void Tables(IEnumerable<(byte Element, uint Minimum)> tables) => Section(4, tables.Select(t => new ByteWriter().Byte(t.Element).Byte(0x00).U32(t.Minimum).ToArray()));

        public void Memory(uint pages) => Section(5, [new ByteWriter().Byte(0x00).U32(pages).ToArray()]);

        public void Globals(IEnumerable<(byte Type, bool Mutable, long Value)> globals) =>
            Section(6, globals.Select(g => new ByteWriter().Byte(g.Type).Byte(g.Mutable ? (byte)1 : (byte)0).Byte(g.Type == I64 ? (byte)0x42 : (byte)0x41).S64(g.Value).Byte(0x0B).ToArray()));

        public void Exports(IEnumerable<(string Name, byte Kind, uint Index)> exports) =>
            Section(7, exports.Select(e =>
            {
                byte[] name = System.Text.Encoding.UTF8.GetBytes(e.Name);
                return new ByteWriter().U32((uint)name.Length).Bytes(name).Byte(e.Kind).U32(e.Index).ToArray();
            }));

        /// <summary>One active segment (flags 0, table 0, offset 0) holding <paramref name="functions"/>.</summary>
        public void ActiveFunctionElements(IEnumerable<uint> functions)
        {
            var segment = new ByteWriter().U32(0).Byte(0x41).U32(0).Byte(0x0B);
            uint[] all = functions.ToArray();
            segment.U32((uint)all.Length);
            foreach (uint f in all)
            {
                segment.U32(f);
            }

            Section(9, [segment.ToArray()]);
        }

        /// <summary><paramref name="count"/> passive segments (flags 1, elemkind funcref) of one function.</summary>
        public void PassiveFunctionElements(int count, uint function) =>
            Section(9, Enumerable.Range(0, count).Select(_ => new ByteWriter().U32(1).Byte(0x00).U32(1).U32(function).ToArray()));

        public void DataCount(uint count) => Section(12, [new ByteWriter().U32(count).ToArray()], vector: false);

        public void Code(IEnumerable<byte[]> bodies) => Section(10, bodies);

        public void PassiveData(IEnumerable<byte[]> segments) => Section(11, segments.Select(s => new ByteWriter().U32(1).U32((uint)s.Length).Bytes(s).ToArray()));

        public byte[] ToArray() => _module.ToArray();

        private void Section(byte id, IEnumerable<byte[]> items, bool vector = true)
        {
            var content = new ByteWriter();
            var all = items.ToList();
            if (vector)
            {
                content.U32((uint)all.Count);
            }

            foreach (byte[] item in all)
            {
                content.Bytes(item);
            }

            _module.Byte(id).U32((uint)content.Length).Bytes(content.ToArray());
        }
    }
}
