using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Control instructions (spec valid/instructions.rst "Control Instructions" and "Parametric Instructions").</summary>
internal sealed partial class FunctionValidator
{
    /// <summary><c>block bt</c> and <c>loop bt</c>: pop the parameters, open a frame that re-pushes them.</summary>
    private void ValidateBlock(byte op, BlockType blockType)
    {
        BlockTypes(blockType, out ValType[] parameters, out ValType[] results);
        PopValues(parameters);
        PushCtrl(op, parameters, results);
    }

    /// <summary><c>if bt</c>: the condition, then the parameters.</summary>
    private void ValidateIf(BlockType blockType)
    {
        BlockTypes(blockType, out ValType[] parameters, out ValType[] results);
        Pop(ValType.I32);
        PopValues(parameters);
        PushCtrl(Opcodes.If, parameters, results);
    }

    /// <summary><c>else</c>: closes the then-branch and restarts from the if's parameters.</summary>
    private void ValidateElse()
    {
        if (_ctrl[_ctrlCount - 1].Opcode != Opcodes.If)
        {
            // The binary grammar only allows else inside if; anywhere else the block lacks its end.
            FailMalformed("END opcode expected");
        }

        ControlFrame frame = PopCtrl();
        PushCtrl(Opcodes.Else, frame.StartTypes, frame.EndTypes);
    }

    /// <summary><c>end</c>: closes the innermost frame. Returns true when it closed the function body.</summary>
    private bool ValidateEnd()
    {
        ControlFrame frame = PopCtrl();
        if (frame.Opcode == Opcodes.If && !ValuesMatch(frame.StartTypes, frame.EndTypes))
        {
            // An if without else has an implicit empty else branch, which must produce the results.
            FailTypeMismatch();
        }

        if (_ctrlCount == 0)
        {
            return true;
        }

        PushValues(frame.EndTypes);
        return false;
    }

    /// <summary>Whether the list <paramref name="sub"/> matches <paramref name="super"/> pointwise.</summary>
    private bool ValuesMatch(ValType[] sub, ValType[] super)
    {
        if (sub.Length != super.Length)
        {
            return false;
        }

        for (int i = 0; i < sub.Length; i++)
        {
            if (!_types.IsSubtype(sub[i], super[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>br l</c>.</summary>
    private void ValidateBr(uint index)
    {
        ValType[] label = Label(index).LabelTypes;
        PopValues(label);
        SetUnreachable();
    }

    /// <summary><c>br_if l</c>: the operands keep the label's types afterwards.</summary>
    private void ValidateBrIf(uint index)
    {
        ValType[] label = Label(index).LabelTypes;
        Pop(ValType.I32);
        PopValues(label);
        PushValues(label);
    }

    /// <summary><c>br_table l* lN</c>: every label has the default's arity and accepts the operands.</summary>
    private void ValidateBrTable(BrTableTargets targets)
    {
        ValType[] defaultLabel = Label(targets.Default).LabelTypes;
        Pop(ValType.I32);
        int arity = defaultLabel.Length;
        WasmReader r = CodeReaderAt(targets.Position);
        for (int i = 0; i < targets.Count; i++)
        {
            ValType[] label = Label(r.ReadVarUInt32()).LabelTypes;
            if (label.Length != arity)
            {
                FailTypeMismatch();
            }

            CheckTopValues(label);
        }

        PopValues(defaultLabel);
        SetUnreachable();
    }

    /// <summary>Checks that the top operands match <paramref name="types"/> without popping them (spec push_vals(pop_vals(..))).</summary>
    private void CheckTopValues(ValType[] types)
    {
        ref ControlFrame frame = ref _ctrl[_ctrlCount - 1];
        int pos = _sp;
        for (int i = types.Length - 1; i >= 0; i--)
        {
            pos--;
            if (pos < frame.Height)
            {
                if (!frame.Unreachable)
                {
                    FailTypeMismatch();
                }

                return;
            }

            if (!_types.IsSubtype(_stack[pos], types[i]))
            {
                FailTypeMismatch();
            }
        }
    }

    /// <summary><c>return</c>.</summary>
    private void ValidateReturn()
    {
        PopValues(_returnTypes);
        SetUnreachable();
    }

    /// <summary><c>call f</c> and <c>return_call f</c>.</summary>
    private void ValidateCall(uint index, bool tail)
    {
        int function = FunctionIndex(index);
        int typeIndex = _module.FunctionTypes[function];
        FinishCall(_types.FuncParams(typeIndex)!, _types.FuncResults(typeIndex)!, tail);
    }

    /// <summary><c>call_indirect x t</c> and <c>return_call_indirect x t</c>: the table must hold function references.</summary>
    private void ValidateCallIndirect(uint index, uint index2, bool tail)
    {
        int typeIndex = FuncTypeIndex(index);
        int table = TableIndex(index2);
        TableType tableType = _module.Tables[table].Type;
        if (!_types.IsSubtype(tableType.Element, ValType.FuncRef))
        {
            FailTypeMismatch();
        }

        Pop(tableType.AddressType);
        FinishCall(_types.FuncParams(typeIndex)!, _types.FuncResults(typeIndex)!, tail);
    }

    /// <summary><c>call_ref x</c> and <c>return_call_ref x</c>.</summary>
    private void ValidateCallRef(uint index, bool tail)
    {
        int typeIndex = FuncTypeIndex(index);
        Pop(ValType.Ref(HeapType.FromIndex(typeIndex), nullable: true));
        FinishCall(_types.FuncParams(typeIndex)!, _types.FuncResults(typeIndex)!, tail);
    }

    /// <summary>Pops the arguments, then pushes the results, or for a tail call checks them against the caller's results.</summary>
    private void FinishCall(ValType[] parameters, ValType[] results, bool tail)
    {
        PopValues(parameters);
        if (tail)
        {
            if (!ValuesMatch(results, _returnTypes))
            {
                FailTypeMismatch();
            }

            SetUnreachable();
        }
        else
        {
            PushValues(results);
        }
    }

    /// <summary>Untyped <c>select</c>: both operands numeric or both vectors, and equal.</summary>
    private void ValidateSelect()
    {
        Pop(ValType.I32);
        ValType t1 = Pop();
        ValType t2 = Pop();
        bool ok1 = t1.Kind <= ValKind.V128 || t1.Kind == ValKind.Bottom;
        bool ok2 = t2.Kind <= ValKind.V128 || t2.Kind == ValKind.Bottom;
        if (!ok1 || !ok2)
        {
            FailTypeMismatch();
        }

        if (t1 != t2 && t1.Kind != ValKind.Bottom && t2.Kind != ValKind.Bottom)
        {
            FailTypeMismatch();
        }

        Push(t1.Kind == ValKind.Bottom ? t2 : t1);
    }

    /// <summary><c>select t</c>: exactly one result type.</summary>
    private void ValidateTypedSelect(uint count, ValType selected)
    {
        if (count != 1)
        {
            Fail("invalid result arity");
        }

        ValType type = CheckFeature(selected);
        Pop(ValType.I32);
        Pop(type);
        Pop(type);
        Push(type);
    }
}
