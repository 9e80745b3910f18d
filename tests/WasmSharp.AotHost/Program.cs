// A NativeAOT host of WasmSharp (issue #9, "No-JIT hosts"): published with PublishAot=true it has no
// JIT, so every check below runs the interpreter through the public API, WASI and the WAST runner.
// Usage: WasmSharp.AotHost <sightglass folder> <spec testsuite folder> [more .wast files under wasm-2.0/]
// Prints one line per check and last "N passed, M failed"; exits 1 if any check failed.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;
using WasmSharp;
using WasmSharp.AotHost;
using WasmSharp.Wasi;
using WasmSharp.Wast;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: WasmSharp.AotHost <sightglass folder> <spec testsuite folder> [more .wast files under wasm-2.0/]");
    return 2;
}

string sightglass = args[0];
string testsuite = args[1];
int passed = 0;
int failed = 0;

Check("engine", EngineStrategy);
Check("typed calls and wrapped host functions", TypedCallsAndHostTuples);
Check("trap backtrace", TrapBacktrace);
Check("precompiled module", PrecompiledModule);
Check("sightglass shootout/shootout-ackermann", () => Sightglass(Path.Combine(sightglass, "shootout"), "shootout-ackermann"));
Check("sightglass noop", () => Sightglass(Path.Combine(sightglass, "noop"), "benchmark"));
foreach (string script in new[] { "i32.wast", "fac.wast", "call_indirect.wast", "traps.wast", "memory_grow.wast" }.Concat(args[2..]))
{
    Check($"wast wasm-2.0/{script}", () => Wast(Path.Combine(testsuite, "wasm-2.0", script)));
}

Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

void Check(string name, Func<string> check)
{
    string detail;
    bool ok;
    try
    {
        detail = check();
        ok = true;
    }
    catch (CheckFailed e)
    {
        (detail, ok) = (e.Message, false);
    }

    Console.WriteLine($"{(ok ? "pass" : "FAIL")}  {name}: {detail}");
    if (ok)
    {
        passed++;
    }
    else
    {
        failed++;
    }
}

// (c) Auto resolves to the interpreter where there is no JIT (with one, it stays Auto: compile or tier up by module size); asking for the compiler says why not.
static string EngineStrategy()
{
    bool dynamicCode = RuntimeFeature.IsDynamicCodeSupported;
    Strategy strategy = new Engine().Strategy;
    Strategy expected = dynamicCode ? Strategy.Auto : Strategy.Interpreter;
    Require(strategy == expected, $"new Engine().Strategy is {strategy}, expected {expected} (dynamic code supported: {dynamicCode})");
    if (!dynamicCode)
    {
        try
        {
            _ = new Engine(new Config { Strategy = Strategy.Compiler });
            throw new CheckFailed("Strategy.Compiler was accepted on a host without dynamic code");
        }
        catch (PlatformNotSupportedException)
        {
        }
    }

    return $"dynamic code supported: {dynamicCode}, new Engine().Strategy == {strategy}";
}

// TypedFunc over tuples and Func.Wrap returning a tuple: the marshalling that used to be emitted IL.
static string TypedCallsAndHostTuples()
{
    var engine = new Engine();
    var store = new Store<int>(engine, 40);
    Vector128<byte> vector = Vector128.Create((byte)1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    string payload = "payload";
    Func host = Func.Wrap(store, (Caller<int> caller, int x) => (x + caller.Data, (long)x << 33, x * 0.5, vector, (object)payload));
    Module module = Module.FromText(engine, """
        (module
          (import "" "h" (func $h (param i32) (result i32 i64 f64 v128 externref)))
          (func (export "run") (param i32) (result i32 i64 f64 v128 externref) local.get 0 call $h)
          (func (export "swap") (param i32 i64) (result i64 i32) local.get 1 local.get 0))
        """);
    var instance = new Instance(store, module, [host]);
    (int i, long l, double d, Vector128<byte> v, object o) = instance.GetTypedFunc<int, (int, long, double, Vector128<byte>, object)>(store, "run").Call(store, 2);
    Require((i, l, d) == (42, 2L << 33, 1.0) && v == vector && ReferenceEquals(o, payload), $"run(2) returned ({i}, {l}, {d}, {v}, {o})");
    (long a, int b) = instance.GetTypedFunc<(int, long), (long, int)>(store, "swap").Call(store, (7, -8));
    Require((a, b) == (-8L, 7), $"swap(7, -8) returned ({a}, {b})");
    return "tuples of i32, i64, f64, v128 and externref both ways";
}

// Backtraces come from the interpreter's own frames: NativeAOT has no reflection metadata for them.
static string TrapBacktrace()
{
    var engine = new Engine();
    var store = new Store<int>(engine, 0);
    Module module = Module.FromText(engine, """
        (module $m (func $inner unreachable) (func $outer (export "run") call $inner))
        """);
    var instance = new Instance(store, module, []);
    try
    {
        instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "run").Call(store, default);
    }
    catch (Trap trap)
    {
        string frames = string.Join(", ", trap.Backtrace.Frames.Select(frame => frame.FuncIndex));
        Require(trap.Code == TrapCode.UnreachableCodeReached && frames == "0, 1", $"trap {trap.Code}, function indices [{frames}]");
        return $"{trap.Code} in functions [{frames}], innermost first";
    }

    throw new CheckFailed("no trap");
}

// Engine.PrecompileModule and Module.Deserialize: without a JIT the artifact holds the module's bytes
// and runs in the interpreter; trimmed with a JIT it holds a saved assembly that calls WasmSharp
// internals the trimmer must have kept. A damaged artifact is refused, not run.
static string PrecompiledModule()
{
    var engine = new Engine();
    byte[] artifact = engine.PrecompileModule(Encoding.UTF8.GetBytes("""
        (module (func $fac (export "fac") (param i64) (result i64)
          (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
            (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
        """));
    Require(Engine.DetectPrecompiled(artifact), "the artifact is not detected as precompiled");
    Module module = Module.Deserialize(engine, artifact);
    var store = new Store<int>(engine, 0);
    long result = new Instance(store, module, []).GetTypedFunc<long, long>(store, "fac").Call(store, 10);
    Require(result == 3628800, $"fac(10) returned {result}");
    artifact[^40] ^= 1;
    try
    {
        Module.Deserialize(engine, artifact);
        throw new CheckFailed("a damaged artifact was loaded");
    }
    catch (WasmSerializationException)
    {
    }

    return $"fac(10) == {result} from an artifact of {artifact.Length} bytes";
}

// (a) A Sightglass program under WASI, in a fresh copy of its folder preopened as ".", with its
// bench.start/bench.end imports; stdout and stderr must equal the expected files exactly.
static string Sightglass(string folder, string name)
{
    string work = Directory.CreateTempSubdirectory("wasmsharp-aot-").FullName;
    try
    {
        foreach (string file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(work, Path.GetFileName(file)));
        }

        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        int exitCode = 0;
        var engine = new Engine();
        Module module = Module.FromFile(engine, Path.Combine(work, name + ".wasm"));
        using (WasiContext wasi = new WasiConfig().Arg(name + ".wasm").Stdout(stdout).Stderr(stderr).PreopenedDir(work, ".").Build())
        using (var store = new Store<WasiContext>(engine, wasi))
        {
            var linker = new Linker<WasiContext>(engine);
            linker.DefineWasi();
            linker.FuncWrap("bench", "start", () => { });
            linker.FuncWrap("bench", "end", () => { });
            Instance instance = linker.Instantiate(store, module);
            try
            {
                instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "_start").Call(store, default);
            }
            catch (WasiExit exit)
            {
                exitCode = exit.Code;
            }
        }

        string output = Encoding.UTF8.GetString(stdout.ToArray());
        string errors = Encoding.UTF8.GetString(stderr.ToArray());
        Require(exitCode == 0, $"exit code {exitCode}; stderr: {errors}");
        Compare(Path.Combine(folder, name + ".stdout.expected"), output, "stdout");
        Compare(Path.Combine(folder, name + ".stderr.expected"), errors, "stderr");
        return $"exit 0, stdout ({output.Length} chars) and stderr ({errors.Length} chars) as expected: {output.Split('\n')[^2]}";
    }
    finally
    {
        Directory.Delete(work, recursive: true);
    }
}

static void Compare(string expectedFile, string actual, string stream)
{
    Require(File.Exists(expectedFile), $"{expectedFile} is missing");
    string expected = File.ReadAllText(expectedFile);
    Require(actual == expected, $"{stream} differs from {Path.GetFileName(expectedFile)}:\n--- expected\n{expected}\n--- actual\n{actual}");
}

// (b) A spec script through the WAST runner (the public API underneath): nothing may fail or skip.
static string Wast(string path)
{
    WastFileResult result = new WastRunner().RunFile(path);
    string failures = string.Join("\n", result.Failures.Take(5));
    Require(result.Failed == 0 && result.Skipped == 0 && result.Passed > 0, $"{result}\n{failures}");
    return $"{result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped";
}

static void Require(bool condition, string message)
{
    if (!condition)
    {
        throw new CheckFailed(message);
    }
}
