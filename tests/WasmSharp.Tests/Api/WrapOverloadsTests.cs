using WasmSharp.Types;
using WasmSharp.Generators;
using WasmSharp.TestSupport;

namespace WasmSharp.Tests.Api;

/// <summary>The generated <c>Func.Wrap</c>/<c>Linker.FuncWrap</c> overloads: up to date with their generator, and usable at the widest arities.</summary>
public sealed class WrapOverloadsTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void RegeneratingTheOverloadsChangesNothing()
    {
        string? root = SharedFolder.RepositoryRoot;
        Assert.NotNull(root);
        foreach ((string relativePath, string text) in WrapOverloadsGenerator.Files())
        {
            string path = Path.Combine(root, relativePath);
            Assert.True(File.Exists(path), $"{relativePath} is missing: run `dotnet run --project scripts/WrapOverloads`");
            Assert.True(File.ReadAllText(path) == text, $"{relativePath} is stale: run `dotnet run --project scripts/WrapOverloads`");
        }
    }

    [Fact]
    public void SixteenParametersWrapAndCallerFormsTakeFifteen()
    {
        var store = new Store<int>(s_engine, 100);
        Func sixteen = Func.Wrap(store, (int a1, long a2, float a3, double a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15, long a16) =>
            a1 + a2 + (long)a3 + (long)a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16);
        Func fifteen = Func.Wrap(store, (Caller<int> caller, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15) =>
            caller.Data + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15);
        Assert.Equal(16, sixteen.Ty(store).Params.Count);
        Assert.Equal(ValType.F32, sixteen.Ty(store).Params[2]);
        Assert.Equal(15, fifteen.Ty(store).Params.Count);

        var linker = new Linker<int>(s_engine);
        linker.FuncWrap("env", "sum16", (int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15, int a16) =>
            a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16);
        linker.Define(store, "env", "wide", sixteen);
        linker.Define(store, "env", "caller15", fifteen);
        Module module = Module.FromText(s_engine, """
            (module
              (import "env" "sum16" (func $sum16 (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
              (import "env" "wide" (func $wide (param i32 i64 f32 f64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64) (result i64)))
              (import "env" "caller15" (func $caller15 (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
              (func (export "run") (result i32 i64 i32)
                (call $sum16 (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5) (i32.const 6) (i32.const 7) (i32.const 8)
                             (i32.const 9) (i32.const 10) (i32.const 11) (i32.const 12) (i32.const 13) (i32.const 14) (i32.const 15) (i32.const 16))
                (call $wide (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5) (i32.const 6) (i32.const 7) (i32.const 8)
                            (i32.const 9) (i32.const 10) (i32.const 11) (i32.const 12) (i32.const 13) (i32.const 14) (i32.const 15) (i64.const 16))
                (call $caller15 (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5) (i32.const 6) (i32.const 7) (i32.const 8)
                                (i32.const 9) (i32.const 10) (i32.const 11) (i32.const 12) (i32.const 13) (i32.const 14) (i32.const 15))))
            """);
        var run = linker.Instantiate(store, module).GetTypedFunc<ValueTuple, (int, long, int)>(store, "run");
        Assert.Equal((136, 136L, 220), run.Call(store, default));
    }
}
