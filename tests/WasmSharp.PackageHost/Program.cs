using System.Reflection.PortableExecutable;
using System.Text;
using WasmSharp;
using WasmSharp.Wasi;

// Which image of each library the host loaded: the packages ship ReadyToRun code per platform
// (runtimes/<rid>/lib), which fills the CLI header's ManagedNativeHeader directory.
foreach (System.Reflection.Assembly library in new[] { typeof(Engine).Assembly, typeof(WasiContext).Assembly })
{
    Console.WriteLine($"{library.GetName().Name}: {Precompiled(library)}");
}

// The image carries the interpreter's dispatch loop (docs/tiers.md): preparing it compiles nothing.
// Asked before any module exists, so that no background warm-up has prepared it yet.
System.Reflection.MethodInfo loop = typeof(Engine).Assembly.GetType("WasmSharp.Interpretation.Interpreter")?
    .GetMethod("Run", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
    ?? throw new MissingMethodException("WasmSharp.Interpretation.Interpreter", "Run");
long jitted = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(loop.MethodHandle);
Console.WriteLine($"interpreter loop: {(System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) == jitted ? "precompiled" : "JIT-compiled")}");

// The compiler tier, from text.
var engine = new Engine(new Config { Strategy = Strategy.Compiler });
Module module = Module.FromText(engine, """
    (module
      (func $fib (export "fib") (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                         (call $fib (i32.sub (local.get 0) (i32.const 2))))))))
    """);
var store = new Store<object?>(engine, null);
Instance instance = new Linker<object?>(engine).Instantiate(store, module);
Console.WriteLine($"fib(25) = {instance.GetTypedFunc<int, int>(store, "fib").Call(store, 25)}");

// WASI, interpreted.
var interpreter = new Engine(new Config { Strategy = Strategy.Interpreter });
Module hello = Module.FromText(interpreter, """
    (module
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 16) "hello from the packages\n")
      (func (export "_start")
        (i32.store (i32.const 0) (i32.const 16))
        (i32.store (i32.const 4) (i32.const 24))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
    """);
using var stdout = new MemoryStream();
using WasiContext wasi = new WasiConfig().Stdout(stdout).Build();
var wasiStore = new Store<WasiContext>(interpreter, wasi);
Instance guest = new Linker<WasiContext>(interpreter).DefineWasi().Instantiate(wasiStore, hello);
guest.GetFunc(wasiStore, "_start")!.Call(wasiStore, ReadOnlySpan<Val>.Empty, Span<Val>.Empty);
Console.Write(Encoding.UTF8.GetString(stdout.ToArray()));

static string Precompiled(System.Reflection.Assembly library)
{
    if (library.Location.Length == 0)
    {
        return "native (no assembly file: NativeAOT or single-file)";
    }

    using var image = new PEReader(File.OpenRead(library.Location));
    return image.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0 ? "readytorun" : "IL only";
}
