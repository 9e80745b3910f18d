using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

public sealed class MemoryAccessTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void IntegersAndFloatsAreLittleEndianAsWasmLoadsSeeThem()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (memory (export "m") 1)
              (func (export "i64") (param i32) (result i64) local.get 0 i64.load)
              (func (export "f64") (param i32) (result f64) local.get 0 f64.load)
              (func (export "set") (param i32 i32) local.get 0 local.get 1 i32.store))
            """);
        var instance = new Instance(store, module, []);
        Memory memory = instance.GetMemory(store, "m")!;

        memory.WriteInt64(store, 8, 0x0102030405060708);
        Assert.Equal(0x0102030405060708, instance.GetTypedFunc<int, long>(store, "i64").Call(store, 8));
        Assert.Equal(0x08, memory.ReadByte(store, 8));
        Assert.Equal(0x0708, memory.ReadInt16(store, 8));
        Assert.Equal(0x05060708, memory.ReadInt32(store, 8));
        memory.WriteDouble(store, 16, Math.PI);
        Assert.Equal(Math.PI, instance.GetTypedFunc<int, double>(store, "f64").Call(store, 16));
        Assert.Equal(Math.PI, memory.ReadDouble(store, 16));

        instance.GetTypedFunc<(int, int), ValueTuple>(store, "set").Call(store, (32, BitConverter.SingleToInt32Bits(-1.5f)));
        Assert.Equal(-1.5f, memory.ReadSingle(store, 32));
        memory.WriteSingle(store, 36, 2.25f);
        memory.WriteInt16(store, 40, -2);
        memory.WriteByte(store, 42, 0xAB);
        memory.WriteInt32(store, 44, -7);
        Assert.Equal(2.25f, memory.ReadSingle(store, 36));
        Assert.Equal(-2, memory.ReadInt16(store, 40));
        Assert.Equal(0xAB, memory.ReadByte(store, 42));
        Assert.Equal(-7, memory.ReadInt32(store, 44));
        Assert.Equal(-7L, memory.ReadInt64(store, 44) << 32 >> 32);
    }

    [Fact]
    public void StringsAreUtf8()
    {
        var store = new Store<int>(s_engine, 0);
        var memory = new Memory(store, new MemoryType(new Limits(1, null), false, false));
        int written = memory.WriteString(store, 100, "héllo, wörld");
        Assert.Equal(14, written);
        Assert.Equal("héllo, wörld", memory.ReadString(store, 100, written));
        Assert.Equal("héllo", memory.ReadString(store, 100, 6));
        Assert.Equal("héllo, wörld", memory.ReadNullTerminatedString(store, 100));
        memory.WriteByte(store, 106, 0);
        Assert.Equal("héllo", memory.ReadNullTerminatedString(store, 100));
        Assert.Equal(string.Empty, memory.ReadNullTerminatedString(store, 106));
    }

    [Fact]
    public void SpansReadsAndWritesShareTheBytes()
    {
        var store = new Store<int>(s_engine, 0);
        var memory = new Memory(store, new MemoryType(new Limits(1, null), false, false));
        Span<byte> span = memory.GetSpan(store, 65532, 4);
        span.Fill(0x11);
        Assert.Equal(0x11111111, memory.ReadInt32(store, 65532));
        memory.Write(store, 65534L, [1, 2]);
        var buffer = new byte[4];
        memory.Read(store, 65532L, buffer);
        Assert.Equal([0x11, 0x11, 1, 2], buffer);
        Assert.Equal(0, memory.GetSpan(store, 65536, 0).Length);
    }

    [Fact]
    public void EveryAccessorChecksTheWholeRangeAndNamesIt()
    {
        var store = new Store<int>(s_engine, 0);
        var memory = new Memory(store, new MemoryType(new Limits(1, null), false, false));
        memory.WriteInt32(store, 65532, 0x01020304);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt32(store, 65533));
        Assert.Equal("address", e.ParamName);
        Assert.StartsWith("out of bounds memory access: 4 byte(s) at address 65533 do not fit in the memory's 65536 bytes", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt64(store, 65529));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadByte(store, 65536));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadByte(store, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.WriteInt16(store, 65535, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.WriteDouble(store, long.MaxValue, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.GetSpan(store, 0, 65537));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.GetSpan(store, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadString(store, 65530, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.WriteString(store, 65530, "seven!!"));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Read(store, ulong.MaxValue, new byte[1]));

        // Nothing was written by the refused stores, including the partly fitting ones.
        Assert.Equal(0x01020304, memory.ReadInt32(store, 65532));
        Assert.Equal(0, memory.ReadInt16(store, 65530));

        memory.GetSpan(store, 65530, 6).Fill(0x41);
        var unterminated = Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadNullTerminatedString(store, 65530));
        Assert.Contains("no NUL byte after address 65530", unterminated.Message);
    }

    [Fact]
    public void SharedMemoriesHaveTheSameHelpers()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, true));
        memory.WriteInt64(65528, -3);
        Assert.Equal(-3L, memory.ReadInt64(65528));
        Assert.Equal(5, memory.WriteString(10, "hello"));
        Assert.Equal("hello", memory.ReadString(10, 5));
        Assert.Equal("hello", memory.ReadNullTerminatedString(10));
        memory.WriteDouble(0, 0.5);
        memory.WriteSingle(20, 0.25f);
        memory.WriteInt16(24, 300);
        memory.WriteInt32(28, 70000);
        memory.WriteByte(32, 9);
        Assert.Equal(0.5, memory.ReadDouble(0));
        Assert.Equal(0.25f, memory.ReadSingle(20));
        Assert.Equal(300, memory.ReadInt16(24));
        Assert.Equal(70000, memory.ReadInt32(28));
        Assert.Equal(9, memory.ReadByte(32));
        var buffer = new byte[2];
        memory.Write(40, [7, 8]);
        memory.Read(40, buffer);
        Assert.Equal([7, 8], buffer);
        Assert.Equal(7, memory.GetSpan(40, 1)[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt64(65529));
        memory.Grow(1);
        Assert.Equal(-3L, memory.ReadInt64(65528));
        memory.WriteInt64(131064, 4);
        Assert.Equal(4L, memory.ReadInt64(131064));
    }

    [Fact]
    public void Memory64AddressesBeyondFourGiBAreReachable()
    {
        var store = new Store<int>(s_engine, 0);
        var memory = new Memory(store, new MemoryType(new Limits(65537, null), true, false));
        long above = 1L << 32;
        memory.WriteInt64(store, above, 0x1234_5678_9ABC);
        Assert.Equal(0x1234_5678_9ABC, memory.ReadInt64(store, above));
        Assert.Equal(0x9ABC, memory.GetSpan(store, above, 2)[0] | memory.GetSpan(store, above, 2)[1] << 8);
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt64(store, above + 65536 - 4));
    }

    [Fact]
    public void HostFunctionsReachTheCallersMemory()
    {
        var store = new Store<string>(s_engine, "");
        Func log = Func.Wrap(store, (Caller<string> caller, int address, int length) =>
        {
            Memory memory = caller.GetMemory("memory")!;
            caller.Data = memory.ReadString(caller, address, length);
            memory.WriteInt32(caller, 0, length);
        });
        Module module = Module.FromText(s_engine, """
            (module (import "env" "log" (func $log (param i32 i32)))
              (memory (export "memory") 1) (data (i32.const 16) "from wasm")
              (func (export "run") (result i32) i32.const 16 i32.const 9 call $log i32.const 0 i32.load))
            """);
        var instance = new Instance(store, module, [log]);
        Assert.Equal(9, instance.GetTypedFunc<ValueTuple, int>(store, "run").Call(store, default));
        Assert.Equal("from wasm", store.Data);
    }
}
