using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Numeric instructions (spec valid/instructions.rst "Numeric Instructions"): the 0x45..0xC4 block,
/// typed from the operator table.
/// </summary>
internal sealed partial class FunctionValidator
{
    // Per opcode 0x45..0xC4 (index op - 0x45): first operand, second operand (Bottom if unary), result.
    private static readonly ValType[] s_numericFirst = new ValType[0xC4 - 0x45 + 1];
    private static readonly ValType[] s_numericSecond = new ValType[0xC4 - 0x45 + 1];
    private static readonly ValType[] s_numericResult = new ValType[0xC4 - 0x45 + 1];

    static FunctionValidator()
    {
        // The types come from operators.def (Operators/OperatorTable); the arrays keep this hot path to three loads.
        for (int op = 0x45; op <= 0xC4; op++)
        {
            Operator decoded = OperatorTable.Decode(0, (uint)op);
            if (decoded - Operator.I32Eqz != op - 0x45)
            {
                // ValidateNumeric indexes these arrays by operator: operators.def must number the block densely.
                throw new InvalidOperationException($"operator {decoded} is not i32.eqz + {op - 0x45}");
            }

            OperatorSignature signature = OperatorTable.Info(decoded).Signature!;
            ValType[] parameters = signature.Params();
            s_numericFirst[op - 0x45] = parameters[0];
            s_numericSecond[op - 0x45] = parameters.Length > 1 ? parameters[1] : ValType.Bottom;
            s_numericResult[op - 0x45] = signature.Results()[0];
        }
    }

    /// <summary>One of the fixed-signature numeric operators of opcodes 0x45..0xC4, <paramref name="i"/> after i32.eqz.</summary>
    private void ValidateNumeric(int i)
    {
        ValType first = s_numericFirst[i];
        ValType second = s_numericSecond[i];
        int height = _height;

        // Fast path: the operands are exactly the expected number types; the result replaces them in place.
        if (second.Kind == ValKind.Bottom)
        {
            if (_sp > height && _stack[_sp - 1].Kind == first.Kind)
            {
                _stack[_sp - 1] = s_numericResult[i];
                return;
            }
        }
        else if (_sp - 1 > height && _stack[_sp - 1].Kind == second.Kind && _stack[_sp - 2].Kind == first.Kind)
        {
            _sp--;
            _stack[_sp - 1] = s_numericResult[i];
            return;
        }

        if (second.Kind != ValKind.Bottom)
        {
            Pop(second);
        }

        Pop(first);
        Push(s_numericResult[i]);
    }
}
