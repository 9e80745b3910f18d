using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>
/// <see cref="Linker{T}.FuncNewUnchecked"/> (Wasmtime's <c>Linker::func_new_unchecked</c>): host
/// functions that read and write the call's raw numbers, in every tier, with their traps and
/// their refusal of types that are not numbers only.
/// </summary>
public sealed class UncheckedHostFunctionTests
{
    private const string Wat = """
        (module
          (import "env" "mix" (func $mix (param i32 i64 f32 f64) (result f64 i32)))
          (import "env" "fail" (func $fail (param i32) (result i32)))
          (func (export "mix") (param i32 i64 f32 f64) (result f64 i32)
            local.get 0 local.get 1 local.get 2 local.get 3 call $mix)
          (func (export "fail") (param i32) (result i32) local.get 0 call $fail))
        """;

    private static readonly FuncType MixType = new([ValType.I32, ValType.I64, ValType.F32, ValType.F64], [ValType.F64, ValType.I32]);

    public static TheoryData<Strategy> Strategies => [Strategy.Compiler, Strategy.Interpreter, Strategy.Auto];

    private static (Store<int> Store, Instance Instance) Instantiate(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        var linker = new Linker<int>(engine)
            .FuncNewUnchecked("env", "mix", MixType, (caller, v) =>
            {
                // Every argument is read before the results overwrite slots 0 and 1.
                int a = v.GetI32(0);
                long b = v.GetI64(1);
                float c = v.GetF32(2);
                double d = v.GetF64(3);
                caller.Data++;
                v.SetF64(0, a + b + c + d);
                v.SetI32(1, v.Length);
            })
            .FuncNewUnchecked("env", "fail", new FuncType([ValType.I32], [ValType.I32]), (_, v) =>
            {
                if (v.GetI32(0) < 0)
                {
                    throw new Trap(TrapCode.HostError, "negative");
                }

                v.SetI32(0, v.GetI32(1)); // past the one slot: the exception aborts the call
            });
        var store = new Store<int>(engine, 0);
        return (store, linker.Instantiate(store, Module.FromText(engine, Wat)));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void ArgumentsAndResultsPassAsRawNumbers(Strategy strategy)
    {
        (Store<int> store, Instance instance) = Instantiate(strategy);
        var mix = instance.GetTypedFunc<(int, long, float, double), (double, int)>(store, "mix");
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal((1 + 2L + 0.5f + 0.25, 4), mix.Call(store, (1, 2L, 0.5f, 0.25)));
        }

        Assert.Equal(3, store.Data);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void ACallbacksExceptionAbortsTheCallAndTheStoreStaysUsable(Strategy strategy)
    {
        (Store<int> store, Instance instance) = Instantiate(strategy);
        var fail = instance.GetTypedFunc<int, int>(store, "fail");
        Trap trap = Assert.Throws<Trap>(() => fail.Call(store, -1));
        Assert.Contains("negative", trap.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => fail.Call(store, 1));
        var mix = instance.GetTypedFunc<(int, long, float, double), (double, int)>(store, "mix");
        Assert.Equal((10.0, 4), mix.Call(store, (1, 2L, 3f, 4.0)));
    }

    [Fact]
    public void TypesWithReferencesOrVectorsAreRefused()
    {
        var linker = new Linker<int>(new Engine());
        UncheckedFuncCallback<int> nothing = (_, _) => { };
        ArgumentException refParam = Assert.Throws<ArgumentException>(() => linker.FuncNewUnchecked("env", "f", new FuncType([ValType.ExternRef], []), nothing));
        Assert.Contains("numbers only", refParam.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => linker.FuncNewUnchecked("env", "g", new FuncType([], [ValType.FuncRef]), nothing));
        Assert.Throws<ArgumentException>(() => linker.FuncNewUnchecked("env", "h", new FuncType([ValType.V128], []), nothing));
        Assert.Throws<ArgumentNullException>(() => linker.FuncNewUnchecked("env", "i", null!, nothing));
        Assert.Throws<ArgumentNullException>(() => linker.FuncNewUnchecked("env", "j", new FuncType([], []), null!));
    }
}
