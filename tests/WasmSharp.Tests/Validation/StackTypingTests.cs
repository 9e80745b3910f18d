using Xunit;
using WasmSharp.Types;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Operand and control stack typing (spec appendix "Validation Algorithm").</summary>
public sealed class StackTypingTests
{
    private static TestModule Func(ValType[] parameters, ValType[] results, params byte[] code) => Func(parameters, results, [], code);

    private static TestModule Func(ValType[] parameters, ValType[] results, ValType[] locals, params byte[] code)
    {
        TestModule m = new();
        m.Function(m.FuncType(parameters, results), locals, code);
        return m;
    }

    [Fact]
    public void EmptyFunctionIsValid() => Func([], [], End).Validate();

    [Fact]
    public void AddOfTwoConstants() => Func([], [TestModule.I32], I32Const, 1, I32Const, 2, I32Add, End).Validate();

    [Fact]
    public void OperandStackUnderflow() => Func([], [TestModule.I32], I32Const, 1, I32Add, End).AssertInvalid("type mismatch");

    [Fact]
    public void WrongOperandType() => Func([], [TestModule.I32], I64Const, 1, I32Const, 2, I32Add, End).AssertInvalid("type mismatch");

    [Fact]
    public void MissingResult() => Func([], [TestModule.I32], End).AssertInvalid("type mismatch");

    [Fact]
    public void ExtraValueAtEnd() => Func([], [], I32Const, 0, End).AssertInvalid("type mismatch");

    [Fact]
    public void WrongResultType() => Func([], [TestModule.I32], F32Const, 0, 0, 0, 0, End).AssertInvalid("type mismatch");

    [Fact]
    public void BlockResultArity() =>
        Func([], [], Block, Empty, I32Const, 0, End, End).AssertInvalid("type mismatch");

    [Fact]
    public void BlockWithResult() =>
        Func([], [TestModule.I32], Block, TI32, I32Const, 0, End, End).Validate();

    [Fact]
    public void BlockCannotSeeOuterOperands() =>
        Func([], [TestModule.I32], I32Const, 1, Block, TI32, I32Const, 1, I32Add, End, End).AssertInvalid("type mismatch");

    [Fact]
    public void MultiValueBlockParams()
    {
        TestModule m = new();
        int bt = m.FuncType([TestModule.I32, TestModule.I32], [TestModule.I32]);
        m.Function(m.FuncType([], [TestModule.I32]), [], I32Const, 1, I32Const, 2, Block, (byte)bt, I32Add, End, End);
        m.Validate();
    }

    [Fact]
    public void LoopLabelTakesParams()
    {
        TestModule m = new();
        int bt = m.FuncType([TestModule.I32], []);
        // The loop's label expects its parameter (i32), not its results.
        m.Function(m.FuncType([], []), [], I32Const, 1, Loop, (byte)bt, Br, 0, End, End);
        m.Validate();
    }

    [Fact]
    public void BrToWrongArity() =>
        Func([], [], Block, TI32, Br, 0, End, Drop, End).AssertInvalid("type mismatch");

    [Fact]
    public void BrWithValue() =>
        Func([], [TestModule.I32], Block, TI32, I32Const, 1, Br, 0, End, End).Validate();

    [Fact]
    public void BrUnknownLabel() => Func([], [], Br, 1, End).AssertInvalid("unknown label");

    [Fact]
    public void BrIfKeepsOperands() =>
        Func([], [TestModule.I32], Block, TI32, I32Const, 1, I32Const, 0, BrIf, 0, End, End).Validate();

    [Fact]
    public void BrIfNeedsCondition() =>
        Func([], [TestModule.I32], Block, TI32, I32Const, 1, BrIf, 0, End, End).AssertInvalid("type mismatch");

    [Fact]
    public void BrTableArityMismatch() =>
        Func([], [], Block, Empty, Block, TI32, I32Const, 0, I32Const, 0, BrTable, 1, 0, 1, End, Drop, End, End)
            .AssertInvalid("type mismatch");

    [Fact]
    public void BrTableConsistent() =>
        Func([], [TestModule.I32], Block, TI32, Block, TI32, I32Const, 7, I32Const, 0, BrTable, 1, 0, 1, End, End, End).Validate();

    [Fact]
    public void BrTableInUnreachableCode() =>
        Func([], [], Block, TF32, Unreachable, BrTable, 0, 0, End, Drop, End).Validate();

    [Fact]
    public void IfWithoutElseWithResults() =>
        Func([], [TestModule.I32], I32Const, 0, If, TI32, I32Const, 1, End, End).AssertInvalid("type mismatch");

    [Fact]
    public void IfWithoutElsePassingParams()
    {
        TestModule m = new();
        int bt = m.FuncType([TestModule.I32], [TestModule.I32]);
        m.Function(m.FuncType([], [TestModule.I32]), [], I32Const, 5, I32Const, 0, If, (byte)bt, End, End);
        m.Validate();
    }

    [Fact]
    public void IfElseWithResults() =>
        Func([], [TestModule.I32], I32Const, 0, If, TI32, I32Const, 1, Else, I32Const, 2, End, End).Validate();

    [Fact]
    public void IfElseBranchMismatch() =>
        Func([], [TestModule.I32], I32Const, 0, If, TI32, I32Const, 1, Else, I64Const, 2, End, End).AssertInvalid("type mismatch");

    [Fact]
    public void IfNeedsI32Condition() =>
        Func([], [], I64Const, 0, If, Empty, End, End).AssertInvalid("type mismatch");

    [Fact]
    public void SelectOfSameTypes() =>
        Func([], [TestModule.I64], I64Const, 1, I64Const, 2, I32Const, 0, Select, End).Validate();

    [Fact]
    public void SelectOfMismatchedTypes() =>
        Func([], [TestModule.I64], I64Const, 1, I32Const, 2, I32Const, 0, Select, End).AssertInvalid("type mismatch");

    [Fact]
    public void UntypedSelectRejectsReferences() =>
        Func([], [], RefNull, TFuncRef, RefNull, TFuncRef, I32Const, 0, Select, Drop, End).AssertInvalid("type mismatch");

    [Fact]
    public void TypedSelectOfReferences() =>
        Func([], [], RefNull, TFuncRef, RefNull, TFuncRef, I32Const, 0, SelectT, 1, TFuncRef, Drop, End).Validate();

    [Fact]
    public void TypedSelectArity() =>
        Func([], [], I32Const, 0, I32Const, 0, I32Const, 0, SelectT, 2, TI32, TI32, Drop, End).AssertInvalid("invalid result arity");

    [Fact]
    public void SelectInUnreachableCodeTakesOtherOperand() =>
        Func([], [TestModule.I32], Unreachable, I32Const, 0, I32Const, 0, Select, End).Validate();

    [Fact]
    public void ReturnTypeMismatch() =>
        Func([], [TestModule.I32], I64Const, 0, Return, End).AssertInvalid("type mismatch");

    [Fact]
    public void ReturnMakesRestPolymorphic() =>
        Func([], [TestModule.I32], I32Const, 0, Return, I64Add, End).AssertInvalid("type mismatch");

    [Fact]
    public void UnreachablePolymorphism() =>
        Func([], [TestModule.I32], Unreachable, I32Add, End).Validate();

    [Fact]
    public void UnreachableStillChecksKnownOperands() =>
        Func([], [TestModule.I32], Unreachable, I64Const, 0, I32Add, End).AssertInvalid("type mismatch");

    [Fact]
    public void UnreachableBottomIsNotAReferenceAfterAsNonNull() =>
        Func([], [TestModule.I32], Unreachable, RefAsNonNull, I32Eqz, End).AssertInvalid("type mismatch");

    [Fact]
    public void DropNeedsOperand() => Func([], [], Drop, End).AssertInvalid("type mismatch");

    [Fact]
    public void LocalTypes() =>
        Func([TestModule.I32], [TestModule.I64], [TestModule.I64], LocalGet, 0, Drop, LocalGet, 1, End).Validate();

    [Fact]
    public void LocalSetWrongType() =>
        Func([TestModule.I32], [], I64Const, 0, LocalSet, 0, End).AssertInvalid("type mismatch");

    [Fact]
    public void LocalTeeKeepsValue() =>
        Func([TestModule.F32], [TestModule.F32], F32Const, 0, 0, 0, 0, LocalTee, 0, End).Validate();

    [Fact]
    public void UnknownLocal() => Func([TestModule.I32], [], LocalGet, 1, Drop, End).AssertInvalid("unknown local 1");

    [Fact]
    public void MissingEndIsMalformed()
    {
        // Like the reference decoder, which reads on into the next body and finds no END there.
        TestModule m = new();
        m.Function(Nop);
        m.Function(End);
        m.AssertMalformed("END opcode expected");
    }

    [Fact]
    public void MissingEndAtEndOfModuleIsUnexpectedEnd() =>
        Func([], [], Nop).AssertMalformed("unexpected end of section or function");

    [Fact]
    public void MismatchNamesRequiredAndActualTypes()
    {
        WasmValidationException e = Func([], [TestModule.I32], I64Const, 0, End).AssertInvalid("type mismatch");
        Assert.Equal("type mismatch: instruction requires [i32] but stack has [i64]", e.Reason);
    }

    [Fact]
    public void LeftoverOperandsNameTheBlock()
    {
        WasmValidationException e = Func([], [], Block, Empty, I32Const, 1, End, End).AssertInvalid("type mismatch");
        Assert.Equal("type mismatch: block requires [] but stack has [i32]", e.Reason);
    }

    [Fact]
    public void CodeAfterFinalEndIsMalformed() => Func([], [], End, Nop).AssertMalformed("END opcode expected");

    [Fact]
    public void IllegalOpcodeIsMalformed() => Func([], [], Unreachable, 0xFF, End).AssertMalformed("illegal opcode ff");

    [Fact]
    public void ElseOutsideIfIsMalformed() => Func([], [], Block, Empty, Else, End, End).AssertMalformed("END opcode expected");

    [Fact]
    public void ErrorCarriesFunctionIndexAndOffset()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        m.Function(t, [], End);
        m.Function(t, [], Nop, I32Add, End);
        WasmValidationException e = m.AssertInvalid("type mismatch");
        Assert.Equal(1, e.FunctionIndex);
        Assert.Contains("function 1", e.Message);
    }

    [Fact]
    public void TruncatedImmediateIsMalformed() =>
        Func([], [TestModule.I32], I32Const, 0x80).AssertMalformed("unexpected end");
}
