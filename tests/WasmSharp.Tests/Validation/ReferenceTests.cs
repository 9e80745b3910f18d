using WasmSharp.Types;
using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Function references, local initialisation and ref.func declarations.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public void UninitializedNonNullableLocal()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        m.Function(t, [TestModule.Ref(t)], LocalGet, 0, Drop, End);
        m.AssertInvalid("uninitialized local");
    }

    [Fact]
    public void NullableLocalIsDefaultable()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        m.Function(t, [TestModule.Ref(t, nullable: true)], LocalGet, 0, Drop, End);
        m.Validate();
    }

    [Fact]
    public void LocalSetInitializes()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int f = m.Function(t, [TestModule.Ref(t)], RefFunc, 0, LocalSet, 0, LocalGet, 0, Drop, End);
        m.DeclarativeElem(f);
        m.Validate();
    }

    [Fact]
    public void InitializationEndsWithBlock()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int f = m.Function(t, [TestModule.Ref(t)], Block, Empty, RefFunc, 0, LocalSet, 0, End, LocalGet, 0, Drop, End);
        m.DeclarativeElem(f);
        m.AssertInvalid("uninitialized local");
    }

    [Fact]
    public void InitializationInThenIsResetForElse()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int f = m.Function(t, [TestModule.Ref(t)],
            I32Const, 0, If, Empty, RefFunc, 0, LocalSet, 0, Else, LocalGet, 0, Drop, End, End);
        m.DeclarativeElem(f);
        m.AssertInvalid("uninitialized local");
    }

    [Fact]
    public void LocalTeeInitializes()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int f = m.Function(t, [TestModule.Ref(t)], RefFunc, 0, LocalTee, 0, Drop, LocalGet, 0, Drop, End);
        m.Export("f", ExternKind.Func, f);
        m.Validate();
    }

    [Fact]
    public void UndeclaredFunctionReference()
    {
        TestModule m = new();
        m.Function(RefFunc, 0, Drop, End);
        m.AssertInvalid("undeclared function reference");
    }

    [Fact]
    public void FunctionDeclaredByGlobalInitializer()
    {
        TestModule m = new();
        m.Global(ValType.FuncRef, false, RefFunc, 0, End);
        m.Function(RefFunc, 0, Drop, End);
        m.Validate();
    }

    [Fact]
    public void FunctionDeclaredByElementExpression()
    {
        TestModule m = new();
        m.ExprElem(ValType.FuncRef, [RefFunc, 0, End]);
        m.Function(RefFunc, 0, Drop, End);
        m.Validate();
    }

    [Fact]
    public void StartDoesNotDeclare()
    {
        TestModule m = new();
        int f = m.Function(RefFunc, 0, Drop, End);
        m.Start = f;
        m.AssertInvalid("undeclared function reference");
    }

    [Fact]
    public void RefFuncHasConcreteType()
    {
        TestModule m = new();
        int t = m.FuncType([TestModule.I32], [TestModule.I32]);
        int f = m.Function(t, [], LocalGet, 0, End);
        m.DeclarativeElem(f);
        m.Function(m.FuncType([], [TestModule.I32]), [], I32Const, 1, RefFunc, (byte)f, CallRef, (byte)t, End);
        m.Validate();
    }

    [Fact]
    public void CallRefWrongType()
    {
        TestModule m = new();
        int t = m.FuncType([TestModule.I32], [TestModule.I32]);
        int u = m.FuncType([], []);
        int f = m.Function(t, [], LocalGet, 0, End);
        m.DeclarativeElem(f);
        m.Function(u, [], RefFunc, (byte)f, CallRef, (byte)u, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void RefAsNonNullMakesCallable()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        m.Function(m.FuncType([TestModule.Ref(t, nullable: true)], []), [], LocalGet, 0, RefAsNonNull, CallRef, (byte)t, End);
        m.Validate();
    }

    [Fact]
    public void BrOnNullPassesNonNull()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int sig = m.FuncType([TestModule.Ref(t, nullable: true)], [TestModule.Ref(t)]);
        m.Function(sig, [], Block, Empty, LocalGet, 0, BrOnNull, 0, Return, End, Unreachable, End);
        m.Validate();
    }

    [Fact]
    public void BrOnNonNullNeedsReferenceLabel()
    {
        TestModule m = new();
        m.Function(m.FuncType([ValType.FuncRef], []), [], Block, Empty, LocalGet, 0, BrOnNonNull, 0, End, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void BrOnNonNullWithReferenceLabel()
    {
        TestModule m = new();
        m.Function(m.FuncType([ValType.FuncRef], []), [], Block, TFuncRef, LocalGet, 0, BrOnNonNull, 0, RefNull, TFuncRef, End, Drop, End);
        m.Validate();
    }

    [Fact]
    public void RefIsNullRejectsNumbers()
    {
        TestModule m = new();
        m.Function(I32Const, 0, RefIsNull, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void RefEqNeedsEqRefs()
    {
        TestModule m = new();
        m.Function(RefNull, TFuncRef, RefNull, TFuncRef, RefEq, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void RefNullNoneMatchesAnyRef()
    {
        TestModule m = new();
        m.Function(m.FuncType([], [ValType.Ref(AbstractHeapType.Any, true)]), [], RefNull, TNullRef, End);
        m.Validate();
    }

    [Fact]
    public void NullFuncRefDoesNotMatchExternRef()
    {
        TestModule m = new();
        m.Function(m.FuncType([], [ValType.ExternRef]), [], RefNull, TFuncRef, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void ConcreteFuncRefMatchesFuncRef()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int f = m.Function(t, [], End);
        m.DeclarativeElem(f);
        m.Function(m.FuncType([], [ValType.FuncRef]), [], RefFunc, (byte)f, End);
        m.Validate();
    }

    [Fact]
    public void TableGetSetTypes()
    {
        TestModule m = new();
        m.Table(ValType.ExternRef);
        m.Function(I32Const, 0, I32Const, 0, TableGet, 0, TableSet, 0, End);
        m.Validate();
    }

    [Fact]
    public void TableSetWrongType()
    {
        TestModule m = new();
        m.Table(ValType.ExternRef);
        m.Function(I32Const, 0, RefNull, TFuncRef, TableSet, 0, End);
        m.AssertInvalid("type mismatch");
    }
}
