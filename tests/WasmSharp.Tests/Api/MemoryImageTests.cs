namespace WasmSharp.Tests.Api;

/// <summary>
/// Instances whose memory starts as a copy-on-write mapping of the module's data segments (the
/// runtime's memory image, where the platform has one) behave as if the segments were copied in:
/// each instance sees the initial data, writes stay private to it, and the memory grows as usual.
/// </summary>
public sealed class MemoryImageTests
{
    private const string Wat = """
        (module
          (memory (export "memory") 2 4)
          (data (i32.const 16) "initial data")
          (data (i32.const 70000) "second page")
          (func (export "read") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "write") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """;

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void WritesStayInTheirInstanceAndLaterInstancesSeeTheInitialData(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        var module = Module.FromText(engine, Wat);
        var pre = new Linker<int>(engine).InstantiatePre(module);

        using (var first = new Store<int>(engine, 0))
        {
            Instance a = pre.Instantiate(first);
            Instance b = pre.Instantiate(first);
            Assert.Equal('i', Read(first, a, 16));
            a.GetTypedFunc<(int, int), ValueTuple>(first, "write").Call(first, (16, 'X'));
            a.GetTypedFunc<(int, int), ValueTuple>(first, "write").Call(first, (70000, 'Y'));
            Assert.Equal('X', Read(first, a, 16));
            Assert.Equal('Y', Read(first, a, 70000));
            Assert.Equal('i', Read(first, b, 16));
            Assert.Equal('s', Read(first, b, 70000));
        }

        using var second = new Store<int>(engine, 0);
        Instance c = pre.Instantiate(second);
        Assert.Equal('i', Read(second, c, 16));
        Assert.Equal('a', Read(second, c, 27));
        Assert.Equal(0, Read(second, c, 28));
        Assert.Equal("second page", System.Text.Encoding.ASCII.GetString(c.GetMemory(second, "memory")!.GetSpan(second, 70000, 11)));
    }

    [Fact]
    public void AMemoryStartedFromTheImageGrowsWithZeroedPagesAndKeepsItsData()
    {
        var engine = new Engine();
        var module = Module.FromText(engine, Wat);
        using var store = new Store<int>(engine, 0);
        Instance instance = new Linker<int>(engine).Instantiate(store, module);
        instance.GetTypedFunc<(int, int), ValueTuple>(store, "write").Call(store, (17, 'N'));

        Assert.Equal(2, instance.GetTypedFunc<int, int>(store, "grow").Call(store, 2));
        Assert.Equal(0, Read(store, instance, 3 * 65536 + 5));
        Assert.Equal('i', Read(store, instance, 16));
        Assert.Equal('N', Read(store, instance, 17));
        Assert.Equal(-1, instance.GetTypedFunc<int, int>(store, "grow").Call(store, 1));
    }

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void LaterSegmentsOverwriteEarlierOnesAndPagesBeforeTheDataReadZero(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        var module = Module.FromText(engine, """
            (module
              (memory 4)
              (data (i32.const 200000) "abcdef")
              (data (i32.const 200002) "XY")
              (data (i32.const 5000) "")
              (func (export "read") (param i32) (result i32) (i32.load8_u (local.get 0))))
            """);
        var pre = new Linker<int>(engine).InstantiatePre(module);
        for (int round = 0; round < 2; round++)
        {
            using var store = new Store<int>(engine, 0);
            Instance instance = pre.Instantiate(store);
            Assert.Equal(0, Read(store, instance, 0));
            Assert.Equal(0, Read(store, instance, 199999));
            Assert.Equal("abXYef", new string(Enumerable.Range(200000, 6).Select(a => (char)Read(store, instance, a)).ToArray()));
            Assert.Equal(0, Read(store, instance, 200006));
            Assert.Equal(0, Read(store, instance, 4 * 65536 - 1));
        }
    }

    private static int Read(Store<int> store, Instance instance, int address) =>
        instance.GetTypedFunc<int, int>(store, "read").Call(store, address);
}
