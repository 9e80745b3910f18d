using Xunit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Tests.Compilation;

public class ControlTests
{
    private static readonly ValType I32 = ValType.I32;
    private static readonly ValType I64 = ValType.I64;

    [Fact]
    public void AddsTwoNumbers()
    {
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32, I32], [I32], [], new Code().LocalGet(0).LocalGet(1).Op(0x6A).End());
        Assert.Equal(5, b.Instantiate().I32(f, ValRaw.I32(2), ValRaw.I32(3)));
    }

    [Fact]
    public void IterativeFactorialLoops()
    {
        // (func (param i64) (result i64) (local i64) (local.set 1 (i64.const 1))
        //   (block (loop (br_if 1 (i64.eqz (local.get 0)))
        //     (local.set 1 (i64.mul (local.get 1) (local.get 0)))
        //     (local.set 0 (i64.sub (local.get 0) (i64.const 1))) (br 0)))
        //   (local.get 1))
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I64], [I64], [I64], new Code()
            .I64Const(1).LocalSet(1)
            .Block().Loop()
            .LocalGet(0).Op(0x50).BrIf(1)
            .LocalGet(1).LocalGet(0).Op(0x7E).LocalSet(1)
            .LocalGet(0).I64Const(1).Op(0x7D).LocalSet(0)
            .Br(0)
            .End().End()
            .LocalGet(1).End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(1L, instance.I64(f, ValRaw.I64(0)));
        Assert.Equal(3628800L, instance.I64(f, ValRaw.I64(10)));
        Assert.Equal(2432902008176640000L, instance.I64(f, ValRaw.I64(20)));
    }

    [Fact]
    public void RecursiveFibonacci()
    {
        // (func $fib (param i32) (result i32)
        //   (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
        //     (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
        //                    (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32], [I32], [], new Code()
            .LocalGet(0).I32Const(2).Op(0x49).If(0x7F)
            .LocalGet(0)
            .Else()
            .LocalGet(0).I32Const(1).Op(0x6B).Call(0)
            .LocalGet(0).I32Const(2).Op(0x6B).Call(0)
            .Op(0x6A)
            .End().End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(0, instance.I32(f, ValRaw.I32(0)));
        Assert.Equal(1, instance.I32(f, ValRaw.I32(1)));
        Assert.Equal(6765, instance.I32(f, ValRaw.I32(20)));
    }

    [Fact]
    public void RecursiveFactorial()
    {
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I64], [I64], [], new Code()
            .LocalGet(0).Op(0x50).If(0x7E).I64Const(1)
            .Else().LocalGet(0).LocalGet(0).I64Const(1).Op(0x7D).Call(0).Op(0x7E)
            .End().End());
        Assert.Equal(120L, b.Instantiate().I64(f, ValRaw.I64(5)));
    }

    [Fact]
    public void BranchDropsValuesBelowItsArguments()
    {
        // (block (result i32) (i32.const 1) (i32.const 2) (i32.const 3) (br 0)) → 3, extra values dropped
        var b = new TestModuleBuilder();
        int f = b.AddFunction([], [I32], [], new Code()
            .I32Const(100)
            .Block(0x7F).I32Const(1).I32Const(2).I32Const(3).Br(0).End()
            .Op(0x6A).End());
        Assert.Equal(103, b.Instantiate().I32(f));
    }

    [Fact]
    public void BrIfKeepsValuesWhenNotTaken()
    {
        // (block (result i32) (i64.const 7) (drop) (i32.const 10) (i32.const 5) (local.get 0) (br_if 0) (i32.add)) 
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32], [I32], [], new Code()
            .Block(0x7F)
            .I32Const(10).I32Const(5).LocalGet(0).BrIf(0)
            .Op(0x6A)
            .End().End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(5, instance.I32(f, ValRaw.I32(1)));
        Assert.Equal(15, instance.I32(f, ValRaw.I32(0)));
    }

    [Fact]
    public void BrTableSelectsTargets()
    {
        // (block (block (block (br_table 0 1 2 (local.get 0))) (return (i32.const 10))) (return (i32.const 11))) (i32.const 12)
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32], [I32], [], new Code()
            .Block().Block().Block()
            .I32Const(99).LocalGet(0).BrTable([0, 1], 2)
            .End().I32Const(10).Return()
            .End().I32Const(11).Return()
            .End().I32Const(12).End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(10, instance.I32(f, ValRaw.I32(0)));
        Assert.Equal(11, instance.I32(f, ValRaw.I32(1)));
        Assert.Equal(12, instance.I32(f, ValRaw.I32(2)));
        Assert.Equal(12, instance.I32(f, ValRaw.I32(-1)));
    }

    [Fact]
    public void BrTableCarriesValues()
    {
        // (block (result i32) (block (result i32) (i32.const 1) (i32.const 5) (local.get 0) (br_table 0 1)) (i32.const 100) (i32.add))
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32], [I32], [], new Code()
            .Block(0x7F).Block(0x7F)
            .I32Const(1).I32Const(5).LocalGet(0).BrTable([0], 1)
            .End().I32Const(100).Op(0x6A)
            .End().End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(105, instance.I32(f, ValRaw.I32(0)));
        Assert.Equal(5, instance.I32(f, ValRaw.I32(1)));
    }

    [Fact]
    public void MultiValueBlockWithParameters()
    {
        // type 0: [i32 i32] -> [i32 i32]; (func (result i32 i32) (i32.const 3) (i32.const 4)
        //   (block (type 0) (local.set..) swap) ) → returns 4, 3
        var b = new TestModuleBuilder();
        int swap = b.AddType([I32, I32], [I32, I32]);
        int f = b.AddFunction([], [I32, I32], [I32, I32], new Code()
            .I32Const(3).I32Const(4)
            .BlockT(swap).LocalSet(0).LocalSet(1).LocalGet(0).LocalGet(1).End()
            .End());
        ValRaw[] results = b.Instantiate().Call(f);
        Assert.Equal(4, results[0].AsI32);
        Assert.Equal(3, results[1].AsI32);
    }

    [Fact]
    public void LoopWithParametersAccumulates()
    {
        // sum 1..n using a loop with an i32 parameter carrying the accumulator
        var b = new TestModuleBuilder();
        int loopType = b.AddType([I32], [I32]);
        int f = b.AddFunction([I32], [I32], [], new Code()
            .I32Const(0)
            .Op(0x03).S64(loopType)
            .LocalGet(0).Op(0x6A)
            .LocalGet(0).I32Const(1).Op(0x6B).LocalTee(0)
            .BrIf(0)
            .End().End());
        Assert.Equal(55, b.Instantiate().I32(f, ValRaw.I32(10)));
    }

    [Fact]
    public void FunctionsReturnManyValues()
    {
        // a function returning 9 values (nested value tuple), called from another that sums them weighted
        var b = new TestModuleBuilder();
        var nine = Enumerable.Repeat(I32, 9).ToArray();
        var code = new Code();
        for (int i = 1; i <= 9; i++)
        {
            code.I32Const(i);
        }

        int many = b.AddFunction([], nine, [], code.End());
        var sum = new Code().Call(many);
        // fold: result = ((v1*10 + v2)*10 + ...) computed from the top using locals
        for (int i = 8; i >= 0; i--)
        {
            sum.LocalSet(i);
        }

        sum.I32Const(0);
        for (int i = 0; i < 9; i++)
        {
            sum.I32Const(10).Op(0x6C).LocalGet(i).Op(0x6A);
        }

        int caller = b.AddFunction([], [I32], nine, sum.End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(123456789, instance.I32(caller));
        ValRaw[] direct = instance.Call(many);
        Assert.Equal(Enumerable.Range(1, 9), direct.Select(v => v.AsI32));
    }

    [Fact]
    public void SelectChoosesByCondition()
    {
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32], [I64], [], new Code().I64Const(1).I64Const(2).LocalGet(0).Select().End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(1L, instance.I64(f, ValRaw.I32(7)));
        Assert.Equal(2L, instance.I64(f, ValRaw.I32(0)));
    }

    [Fact]
    public void UnreachableTraps()
    {
        var b = new TestModuleBuilder();
        int f = b.AddFunction([], [I32], [], new Code().Unreachable().I32Const(1).Op(0x6A).End());
        Trap trap = b.Instantiate().Traps(f);
        Assert.Equal(TrapCode.UnreachableCodeReached, trap.Code);
        Assert.Contains("unreachable", trap.Message);
    }

    [Fact]
    public void TrapsCarryAWasmBacktrace()
    {
        var b = new TestModuleBuilder();
        int inner = b.AddFunction([], [I32], [], new Code().Unreachable().End());
        int outer = b.AddFunction([], [I32], [], new Code().Call(inner).I32Const(1).Op(0x6A).End());
        TestInstance instance = b.Instantiate();
        Trap trap = instance.Traps(outer);
        IReadOnlyList<WasmSharp.Vm.WasmFrame> frames = WasmSharp.Vm.Backtrace.Capture(trap);
        // The innermost frame is exact; callers the JIT inlined (here outer into its invoker) or
        // turned into tail calls do not appear in .NET stack traces.
        Assert.Equal(inner, frames[0].FunctionIndex);
        Assert.All(frames, f => Assert.Contains(f.FunctionIndex, new[] { inner, outer }));
        Assert.Equal("<unknown>!<wasm function 0>", frames[0].ToString());
    }

    [Fact]
    public void DeadCodeAfterBranchIsSkipped()
    {
        // (block (result i32) (i32.const 1) (br 0) (i64.const 5) (if (then (unreachable))) (drop) (i32.const 2))
        var b = new TestModuleBuilder();
        int f = b.AddFunction([], [I32], [], new Code()
            .Block(0x7F).I32Const(1).Br(0)
            .I64Const(5).If().Unreachable().Else().Nop().End().Drop().I32Const(2)
            .End().End());
        Assert.Equal(1, b.Instantiate().I32(f));
    }

    [Fact]
    public void IfWithoutElsePassesParameters()
    {
        var b = new TestModuleBuilder();
        int t = b.AddType([I32], [I32]);
        int f = b.AddFunction([I32], [I32], [], new Code()
            .I32Const(10).LocalGet(0).IfT(t).I32Const(5).Op(0x6A).End().End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(15, instance.I32(f, ValRaw.I32(1)));
        Assert.Equal(10, instance.I32(f, ValRaw.I32(0)));
    }

    [Fact]
    public void InfiniteRecursionTrapsAndTheProcessSurvives()
    {
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).I32Const(1).Op(0x6A).Call(0).End());
        int g = b.AddFunction([], [I32], [], new Code().I32Const(42).End());
        TestInstance instance = b.Instantiate();
        Trap trap = instance.Traps(f, ValRaw.I32(0));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.Contains("call stack exhausted", trap.Message);
        Assert.Equal(0u, (uint)instance.Context.Store.StackLimit);
        Assert.Equal(42, instance.I32(g));
        Assert.Equal(TrapCode.StackOverflow, instance.Traps(f, ValRaw.I32(0)).Code);
    }

    [Fact]
    public void InfiniteRecursionTrapsOnASmallThreadStack()
    {
        // The stack budget (512 KiB) exceeds this thread's whole stack: the limit must follow the
        // real end of the stack instead, or the process would die.
        var b = new TestModuleBuilder();
        int f = b.AddFunction([I64], [I64], [I64, I64, I64], new Code().LocalGet(0).I64Const(1).Op(0x7C).Call(0).End());
        TestInstance instance = b.Instantiate();
        Trap? trap = null;
        var thread = new Thread(() => trap = Assert.Throws<Trap>(() => instance.Call(f, ValRaw.I64(0))), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(TrapCode.StackOverflow, trap!.Code);
    }

    [Fact]
    public void MutualRecursionThroughTwoFunctionsTraps()
    {
        var b = new TestModuleBuilder();
        int t = b.AddType([], []);
        b.AddFunction(t, [], new Code().Call(1).End());
        b.AddFunction(t, [], new Code().Call(0).End());
        Assert.Equal(TrapCode.StackOverflow, b.Instantiate().Traps(0).Code);
    }

    [Fact]
    public void StartFunctionRunsAtInstantiation()
    {
        var b = new TestModuleBuilder();
        int g = b.AddGlobal(I32, true, new Code().I32Const(1).End());
        int start = b.AddFunction([], [], [], new Code().I32Const(77).GlobalSet(g).End());
        int get = b.AddFunction([], [I32], [], new Code().GlobalGet(g).End());
        b.Start = start;
        Assert.Equal(77, b.Instantiate().I32(get));
    }
}
