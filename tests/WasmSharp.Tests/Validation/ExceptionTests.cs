using WasmSharp.Types;
using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Exception handling: throw, throw_ref, try_table, and the legacy try/catch/delegate/rethrow.</summary>
public sealed class ExceptionTests
{
    private static TestModule WithTag(out int tag, params ValType[] parameters)
    {
        TestModule m = new();
        tag = m.Tag(m.FuncType(parameters, []));
        return m;
    }

    [Fact]
    public void ThrowTakesTagParams()
    {
        TestModule m = WithTag(out _, TestModule.I32);
        m.Function(I32Const, 1, Throw, 0, End);
        m.Validate();
    }

    [Fact]
    public void ThrowWrongArgument()
    {
        TestModule m = WithTag(out _, TestModule.I32);
        m.Function(I64Const, 1, Throw, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void TagWithResultsIsInvalid()
    {
        TestModule m = new();
        m.Tag(m.FuncType([], [TestModule.I32]));
        m.AssertInvalid("non-empty tag result type");
    }

    [Fact]
    public void TryTableCatchToMatchingLabel()
    {
        TestModule m = WithTag(out _, TestModule.I32);
        m.Function(m.FuncType([], [TestModule.I32]), [],
            Block, TI32, TryTable, Empty, 1, 0x00, 0, 0, Unreachable, End, I32Const, 0, End, End);
        m.Validate();
    }

    [Fact]
    public void TryTableCatchLabelMismatch()
    {
        TestModule m = WithTag(out _, TestModule.I32);
        m.Function(Block, Empty, TryTable, Empty, 1, 0x00, 0, 0, End, End, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void TryTableCatchAllRef()
    {
        TestModule m = new();
        m.Function(m.FuncType([], [ValType.Ref(AbstractHeapType.Exn, true)]), [],
            Block, TExnRef, TryTable, Empty, 1, 0x03, 0, End, Unreachable, End, End);
        m.Validate();
    }

    [Fact]
    public void TryTableUnknownLabel()
    {
        TestModule m = new();
        m.Function(TryTable, Empty, 1, 0x02, 1, End, End);
        m.AssertInvalid("unknown label");
    }

    [Fact]
    public void ThrowRefNeedsExnRef()
    {
        TestModule m = new();
        m.Function(RefNull, TExternRef, ThrowRef, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void LegacyTryCatch()
    {
        TestModule m = WithTag(out _, TestModule.I32);
        m.Function(m.FuncType([], [TestModule.I32]), [], Try, TI32, I32Const, 1, Catch, 0, CatchAll, I32Const, 2, End, End);
        m.Validate();
    }

    [Fact]
    public void LegacyCatchPushesTagValues()
    {
        TestModule m = WithTag(out _, TestModule.I64);
        m.Function(m.FuncType([], [TestModule.I32]), [], Try, TI32, I32Const, 1, Catch, 0, End, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void LegacyRethrowInCatch()
    {
        TestModule m = WithTag(out _);
        m.Function(Try, Empty, Catch, 0, Rethrow, 0, CatchAll, Block, Empty, Rethrow, 1, End, End, End);
        m.Validate();
    }

    [Fact]
    public void LegacyRethrowOutsideCatch()
    {
        TestModule m = new();
        m.Function(Block, Empty, Rethrow, 0, End, End);
        m.AssertInvalid("invalid rethrow label");
    }

    [Fact]
    public void LegacyDelegate()
    {
        TestModule m = new();
        m.Function(Block, Empty, Try, Empty, Op.Delegate, 0, End, End);
        m.Validate();
    }

    [Fact]
    public void LegacyDelegateUnknownLabel()
    {
        TestModule m = new();
        m.Function(Try, Empty, Op.Delegate, 1, End);
        m.AssertInvalid("unknown label");
    }
}
