using System.Text;
using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

/// <summary>
/// Small WAT guests calling preview 1 through the linker where a differential fuzzing campaign
/// found WasmSharp and Wasmtime 50 (wasmtime-wasi's preview1 module and wiggle's glue) disagreeing.
/// </summary>
public sealed class WasmtimeParityTests
{
    private const string Imports = """
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_fdstat_set_rights" (func $set_rights (param i32 i64 i64) (result i32)))
          (import "wasi_snapshot_preview1" "path_open"
            (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_readlink" (func $readlink (param i32 i32 i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_create_directory" (func $mkdir (param i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          (data (i32.const 100) "hello.txt")
          (data (i32.const 120) "abs")
          (data (i32.const 130) "rel")
          (data (i32.const 140) "a\00b")
          (data (i32.const 150) "hi")
        """;

    [Fact]
    public void ReadlinkOfAnAbsoluteTargetIsPermAndDoesNotLeakIt()
    {
        using var fx = new WasiFixture();
        File.CreateSymbolicLink(Path.Combine(fx.Root, "abs"), fx.Outer + "/secret.txt");
        File.CreateSymbolicLink(Path.Combine(fx.Root, "rel"), "hello.txt");
        (int errno, byte[] memory) = Run(fx.Ctx, "(call $readlink (i32.const 3) (i32.const 120) (i32.const 3) (i32.const 200) (i32.const 64) (i32.const 8))");
        Assert.Equal(63, errno); // perm: cap-std's read_link refuses absolute targets (escape_attempt)
        Assert.DoesNotContain((byte)'/', memory.AsSpan(200, 64).ToArray());
        (errno, memory) = Run(fx.Ctx, "(call $readlink (i32.const 3) (i32.const 130) (i32.const 3) (i32.const 200) (i32.const 64) (i32.const 8))");
        Assert.Equal(0, errno);
        Assert.Equal("hello.txt", Encoding.UTF8.GetString(memory, 200, BitConverter.ToInt32(memory, 8)));
    }

    [Fact]
    public void UndefinedFlagBitsInArgumentsTrap()
    {
        using var fx = new WasiFixture();
        Trap trap = RunTrap(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 0) (i64.const 0x40000000) (i64.const 0) (i32.const 0) (i32.const 8))");
        Assert.Equal(TrapCode.HostError, trap.Code);
        Assert.Equal("In func wasi_snapshot_preview1::path_open at convert Rights: Invalid flag value Rights", trap.Message);
        Assert.Contains("Invalid flag value Rights", RunTrap(fx.Ctx, "(call $set_rights (i32.const 3) (i64.const 0) (i64.const 0x10000000000))").Message);
        Assert.Contains("convert Oflags", RunTrap(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 16) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Message);
        Assert.Contains("convert Lookupflags", RunTrap(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 2) (i32.const 100) (i32.const 9) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Message);
        Assert.Contains("convert Fdflags", RunTrap(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 32) (i32.const 8))").Message);

        // The trap comes before the descriptor is looked up (wiggle converts arguments first)...
        Assert.Contains("convert Oflags", RunTrap(fx.Ctx, "(call $path_open (i32.const 99) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 16) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Message);

        // ...and u16 flags convert from the i32 with `u16::try_from`, so bits above 16 trap too.
        Assert.Contains("convert Oflags: Int conversion error: TryFromIntError(PosOverflow)", RunTrap(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 0x10000) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Message);
    }

    [Fact]
    public void OutOfBoundsGuestPointersTrap()
    {
        using var fx = new WasiFixture();
        Trap trap = RunTrap(fx.Ctx, "(call $fd_write (i32.const 1) (i32.const 65532) (i32.const 1) (i32.const 8))");
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Equal("Pointer out of bounds: Region { start: 65536, len: 4 }", trap.Message);
        Assert.Contains("Pointer out of bounds", RunTrap(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 65530) (i32.const 9) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Message);
        Assert.Equal("Pointer not aligned to 4: Region { start: 2, len: 4 }", RunTrap(fx.Ctx, "(call $fd_write (i32.const 1) (i32.const 2) (i32.const 1) (i32.const 8))").Message);
    }

    [Fact]
    public void HugeIovecCountWritesTheFirstNonEmptyBuffer()
    {
        using var fx = new WasiFixture();
        const string body = """
            (i32.store (i32.const 0) (i32.const 150))
            (i32.store (i32.const 4) (i32.const 0))
            (i32.store (i32.const 16) (i32.const 150))
            (i32.store (i32.const 20) (i32.const 2))
            (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0x10000) (i32.const 8))
            """;
        (int errno, byte[] memory) = Run(fx.Ctx, body);
        Assert.Equal(0, errno);
        Assert.Equal(2, BitConverter.ToInt32(memory, 8));
        Assert.Equal("hi", Encoding.UTF8.GetString(fx.Stdout.ToArray()));
    }

    [Fact]
    public void NulInAPathIsInval()
    {
        using var fx = new WasiFixture();
        Assert.Equal(28, Run(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 140) (i32.const 3) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Errno);
        Assert.Equal(28, Run(fx.Ctx, "(call $mkdir (i32.const 3) (i32.const 140) (i32.const 3))").Errno);
    }

    [Fact]
    public void NonDirectoryDescriptorsAsDirfdAreBadfExceptAFileInPathOpen()
    {
        using var fx = new WasiFixture();
        Assert.Equal(8, Run(fx.Ctx, "(call $mkdir (i32.const 0) (i32.const 120) (i32.const 3))").Errno);
        Assert.Equal(8, Run(fx.Ctx, "(call $path_open (i32.const 0) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Errno);
        int file = fx.Open("hello.txt").Fd;
        Assert.Equal(8, Run(fx.Ctx, $"(call $mkdir (i32.const {file}) (i32.const 120) (i32.const 3))").Errno);
        Assert.Equal(54, Run(fx.Ctx, $"(call $path_open (i32.const {file}) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))").Errno);
    }

    [Fact]
    public void AHostExceptionSurfacesAsATrapCarryingIt()
    {
        var broken = new MemoryStream();
        broken.Dispose();
        using WasiContext ctx = new WasiConfig().Stdout(broken).Build();
        const string body = """
            (i32.store (i32.const 0) (i32.const 150))
            (i32.store (i32.const 4) (i32.const 2))
            (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))
            """;
        Trap trap = RunTrap(ctx, body);
        Assert.Equal(TrapCode.HostError, trap.Code);
        Assert.IsType<ObjectDisposedException>(trap.InnerException);
        Assert.StartsWith("host function `wasi_snapshot_preview1::fd_write` failed: ", trap.Message);
    }

    /// <summary>Runs <paramref name="body"/> (an i32 expression) as the guest's <c>run</c> export and
    /// returns its value and a copy of the guest memory.</summary>
    private static (int Errno, byte[] Memory) Run(WasiContext ctx, string body)
    {
        var engine = new Engine();
        var store = new Store<WasiContext>(engine, ctx);
        var linker = new Linker<WasiContext>(engine).DefineWasi(c => c);
        Instance instance = linker.Instantiate(store, Module.FromText(engine, $"(module {Imports} (func (export \"run\") (result i32) {body}))"));
        var results = new Val[1];
        instance.GetFunc(store, "run")!.Call(store, ReadOnlySpan<Val>.Empty, results);
        return (results[0].AsI32(), instance.GetMemory(store, "memory")!.Span(store).ToArray());
    }

    private static Trap RunTrap(WasiContext ctx, string body) => Assert.Throws<Trap>(() => Run(ctx, body));
}
