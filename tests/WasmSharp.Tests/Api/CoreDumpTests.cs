using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Core dumps (<see cref="Config.CoredumpOnTrap"/>, <see cref="WasmCoreDump"/>; Wasmtime's
/// <c>Config::coredump_on_trap</c> and <c>WasmCoreDump</c>): what a trap carries, and the standard
/// format <see cref="WasmCoreDump.Serialize"/> writes, read back section by section.
/// </summary>
public sealed class CoreDumpTests
{
    // Wasmtime's core dump example: state changed, then a trap three calls deep.
    private const string Trapper = """
        (module $trapper
          (memory 10)
          (global $g (mut i32) (i32.const 0))
          (func (export "run") call $a)
          (func $a i32.const 0x1234 i64.const 42 i64.store call $b)
          (func $b i32.const 36 global.set $g call $c)
          (func $c unreachable))
        """;

    public static TheoryData<Strategy> Strategies => BacktraceTests.Strategies;

    [Theory]
    [MemberData(nameof(Strategies))]
    public void ATrapCarriesTheDumpOfItsStore(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy, CoredumpOnTrap = true });
        var store = new Store<int>(engine, 0);
        Instance instance = new Linker<int>(engine).Instantiate(store, Module.FromText(engine, Trapper));
        Trap trap = Assert.Throws<Trap>(() => instance.GetFunc(store, "run")!.Call(store, [], []));
        WasmCoreDump dump = Assert.IsType<WasmCoreDump>(trap.CoreDump);

        Assert.Equal(["c", "b", "a", null], dump.Frames.Select(f => f.FuncName));
        Assert.Equal("trapper", Assert.Single(dump.Modules).Name);
        Assert.Same(instance, Assert.Single(dump.Instances));
        Assert.Equal(10UL, Assert.Single(dump.Memories).Size(store));
        Assert.Equal(36, Assert.Single(dump.Globals).Get(store).AsI32());
        Assert.Empty(dump.SharedMemories);
        Assert.Contains("wasm coredump generated while executing store:", dump.ToString());

        CoreDumpFile file = CoreDumpFile.Read(dump.Serialize(store, "trapper.wasm"));
        Assert.Equal("trapper.wasm", file.Process);
        Assert.Equal(["trapper"], file.Modules);
        Assert.Equal([(0, new[] { 0 }, new[] { 0 })], file.Instances.Select(i => (i.Module, i.Memories, i.Globals)));
        Assert.Equal(dump.Frames.Select(f => (0, f.FuncIndex, f.FuncOffset!.Value)), file.Frames);
        Assert.Equal(3, file.Frames[0].Function);

        // The file is a module: its memory at the size it had, its data where the guest stored,
        // its global at the value the guest set (immutable), and nothing else.
        Module.Validate(engine, file.Bytes);
        var image = Module.FromBytes(engine, file.Bytes);
        var imageStore = new Store<int>(engine, 0);
        Instance loaded = new Linker<int>(engine).Instantiate(imageStore, image);
        Assert.Empty(loaded.Module.Exports);
        Assert.Equal([(0x1234, new byte[] { 42 })], file.Data.Select(d => (d.Offset, d.Bytes)));
        Assert.Equal([(10UL, false)], file.MemoryPages);
        Assert.Equal([(0x7F, 36L)], file.Globals);
    }

    [Fact]
    public async Task AnAsyncCallsTrapCarriesTheDumpToo()
    {
        // An async store (its guest suspended in an async host function before it traps).
        var engine = new Engine(new Config { AsyncSupport = true, CoredumpOnTrap = true });
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "pause", async (Caller<int> _) => await Task.Yield());
        Instance instance = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module $paused
              (import "host" "pause" (func $pause))
              (memory 1)
              (func (export "run") (i32.store (i32.const 8) (i32.const 99)) (call $pause) unreachable))
            """));
        Trap trap = await Assert.ThrowsAsync<Trap>(() => instance.GetFunc(store, "run")!.CallAsync(store, Array.Empty<Val>(), Array.Empty<Val>()));
        WasmCoreDump dump = Assert.IsType<WasmCoreDump>(trap.CoreDump);
        Assert.Equal("paused", Assert.Single(dump.Modules).Name);
        CoreDumpFile file = CoreDumpFile.Read(dump.Serialize(store, "paused"));
        Assert.Equal([(0, 8L, new byte[] { 99 })], file.Data.Select(d => (d.Memory, d.Offset, d.Bytes)));
        Assert.Equal([(0, 1)], file.Frames.Select(f => (f.Instance, f.Function)));
    }

    [Fact]
    public void WithoutTheSettingATrapCarriesNoDump()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Compiler });
        var store = new Store<int>(engine, 0);
        Instance instance = new Linker<int>(engine).Instantiate(store, Module.FromText(engine, Trapper));
        Assert.Null(Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "run").Call(store, default)).CoreDump);
    }

    [Fact]
    public void TheDumpHoldsEveryInstanceAndWhatTheHostDefined()
    {
        // $lib exports its memory and a global; $main imports them, has its own, and traps in its
        // start function after writing to both memories. The host defined one more of each.
        var engine = new Engine(new Config { Strategy = Strategy.Compiler, CoredumpOnTrap = true });
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        var hostMemory = new Memory(store, new MemoryType(new Limits(2, null), false, false));
        var hostGlobal = new Global(store, new GlobalType(ValType.I64, true), Val.I64(-7));
        linker.Define(store, "host", "memory", hostMemory);
        linker.Define(store, "host", "global", hostGlobal);
        linker.Instance(store, "lib", linker.Instantiate(store, Module.FromText(engine, """
            (module $lib (memory (export "memory") 1) (global (export "g") (mut i32) (i32.const 5)))
            """)));
        Trap trap = Assert.Throws<Trap>(() => linker.Instantiate(store, Module.FromText(engine, """
            (module $main
              (import "lib" "memory" (memory $shared 1))
              (import "lib" "g" (global $g (mut i32)))
              (memory $own 3)
              (global $f f64 (f64.const 2.5))
              (func $start
                (i32.store8 $shared (i32.const 7) (i32.const 1))
                (i32.store8 $own (i32.const 70000) (i32.const 2))
                unreachable)
              (start $start))
            """)));
        WasmCoreDump dump = Assert.IsType<WasmCoreDump>(trap.CoreDump);
        Assert.Equal(["lib", "main"], dump.Modules.Select(m => m.Name));
        Assert.Equal(2, dump.Instances.Count);
        Assert.Equal(3, dump.Memories.Count);
        Assert.Equal(3, dump.Globals.Count);

        CoreDumpFile file = CoreDumpFile.Read(dump.Serialize(store, "main"));
        Assert.Equal([(0, new[] { 0 }, new[] { 0 }), (1, new[] { 0, 1 }, new[] { 0, 1 })], file.Instances.Select(i => (i.Module, i.Memories, i.Globals)));
        Assert.Equal([(1UL, false), (3UL, false), (2UL, false)], file.MemoryPages);
        Assert.Equal([(0, 7, new byte[] { 1 }), (1, 70000, new byte[] { 2 })], file.Data.Select(d => (d.Memory, d.Offset, d.Bytes)));
        Assert.Equal((0x7C, BitConverter.DoubleToInt64Bits(2.5)), file.Globals[1]);
        Assert.Equal((0x7E, -7L), file.Globals[2]);
        Assert.Equal([(1, 0)], file.Frames.Select(f => (f.Instance, f.Function)));

        Assert.Throws<ArgumentException>(() => dump.Serialize(new Store<int>(engine, 0), "main"));
    }

    // The sections of a core dump, decoded with the binary reader from the format's definition.
    private sealed record CoreDumpFile(
        byte[] Bytes, string Process, List<string> Modules, List<(int Module, int[] Memories, int[] Globals)> Instances,
        List<(int Instance, int Function, int Offset)> Frames, List<(ulong Pages, bool HasMaximum)> MemoryPages,
        List<(int Memory, long Offset, byte[] Bytes)> Data, List<(int Type, long Value)> Globals)
    {
        public static CoreDumpFile Read(byte[] bytes)
        {
            var file = new CoreDumpFile(bytes, "", [], [], [], [], [], []);
            string process = "";
            var reader = new WasmReader(bytes) { Position = 8 };
            while (!reader.AtEnd)
            {
                byte id = reader.ReadByte();
                int end = reader.ReadCount();
                end += reader.Position;
                switch (id)
                {
                    case 0:
                        process = ReadCustom(ref reader, file) ?? process;
                        break;
                    case 5:
                        for (int n = reader.ReadCount(); n > 0; n--)
                        {
                            byte flags = reader.ReadByte();
                            ulong pages = reader.ReadVarUInt64();
                            if ((flags & 1) != 0)
                            {
                                reader.ReadVarUInt64();
                            }

                            file.MemoryPages.Add((pages, (flags & 1) != 0));
                        }

                        break;
                    case 6:
                        for (int n = reader.ReadCount(); n > 0; n--)
                        {
                            byte type = reader.ReadByte();
                            Assert.Equal(0, reader.ReadByte());
                            byte op = reader.ReadByte();
                            long value = op switch
                            {
                                0x41 or 0x42 => reader.ReadVarInt64(),
                                0x44 => (long)reader.ReadF64Bits(),
                                _ => throw new InvalidOperationException($"constant {op:x}"),
                            };
                            Assert.Equal(0x0B, reader.ReadByte());
                            file.Globals.Add((type, value));
                        }

                        break;
                    case 11:
                        for (int n = reader.ReadCount(); n > 0; n--)
                        {
                            byte flags = reader.ReadByte();
                            int memory = flags == 2 ? reader.ReadCount() : 0;
                            Assert.Equal(0x41, reader.ReadByte());
                            long offset = reader.ReadVarInt64();
                            Assert.Equal(0x0B, reader.ReadByte());
                            file.Data.Add((memory, offset, reader.ReadBytes(reader.ReadCount()).ToArray()));
                        }

                        break;
                }

                Assert.True(reader.Position <= end);
                reader.Position = end;
            }

            return file with { Process = process };
        }

        // A custom section of the dump into `file`; returns the process name of section `core`.
        private static string? ReadCustom(ref WasmReader reader, CoreDumpFile file)
        {
            switch (reader.ReadName())
            {
                case "core":
                    Assert.Equal(0, reader.ReadByte());
                    return reader.ReadName();
                case "coremodules":
                    for (int n = reader.ReadCount(); n > 0; n--)
                    {
                        Assert.Equal(0, reader.ReadByte());
                        file.Modules.Add(reader.ReadName());
                    }

                    break;
                case "coreinstances":
                    for (int n = reader.ReadCount(); n > 0; n--)
                    {
                        Assert.Equal(0, reader.ReadByte());
                        int module = reader.ReadCount();
                        int[] memories = Indices(ref reader);
                        file.Instances.Add((module, memories, Indices(ref reader)));
                    }

                    break;
                case "corestack":
                    Assert.Equal(0, reader.ReadByte());
                    Assert.Equal("main", reader.ReadName());
                    for (int n = reader.ReadCount(); n > 0; n--)
                    {
                        Assert.Equal(0, reader.ReadByte());
                        int instance = reader.ReadCount();
                        int function = reader.ReadCount();
                        file.Frames.Add((instance, function, reader.ReadCount()));
                        Assert.Equal(0, reader.ReadCount());
                        Assert.Equal(0, reader.ReadCount());
                    }

                    break;
            }

            return null;
        }

        private static int[] Indices(ref WasmReader reader)
        {
            var items = new int[reader.ReadCount()];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = reader.ReadCount();
            }

            return items;
        }
    }
}
