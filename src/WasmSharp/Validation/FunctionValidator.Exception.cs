using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Exception instructions (spec valid/instructions.rst "Exception Instructions": throw, throw_ref,
/// try_table) and the legacy exception proposal (try, catch, catch_all, delegate, rethrow).
/// </summary>
internal sealed partial class FunctionValidator
{
    private static readonly ValType s_exnRef = ValType.Ref(AbstractHeapType.Exn, nullable: false);

    private ValType[] TagParams(int tag) => _types.FuncParams(_module.Tags[tag].TypeIndex)!;

    /// <summary><c>throw x</c>.</summary>
    private void ValidateThrow(uint index)
    {
        int tag = TagIndex(index);
        PopValues(TagParams(tag));
        SetUnreachable();
    }

    /// <summary><c>throw_ref</c>: [exnref] -> [t*] (stack-polymorphic).</summary>
    private void ValidateThrowRef()
    {
        Pop(ValType.Ref(AbstractHeapType.Exn, nullable: true));
        SetUnreachable();
    }

    /// <summary><c>try_table bt catch*</c>: each clause's values must match its target label.</summary>
    private void ValidateTryTable(BlockType blockType, CatchClauses catches)
    {
        BlockTypes(blockType, out ValType[] parameters, out ValType[] results);
        WasmReader r = CodeReaderAt(catches.Position);
        for (int i = 0; i < catches.Count; i++)
        {
            OperatorReader.ReadCatchClause(ref r, out byte kind, out uint tag, out uint depth);
            ValType[] values = kind < 2 ? TagParams(TagIndex(tag)) : s_empty;
            CheckCatchLabel(values, withExnRef: (kind & 1) != 0, Label(depth).LabelTypes);
        }

        PopValues(parameters);
        PushCtrl(Opcodes.TryTable, parameters, results);
    }

    /// <summary>The values a catch clause branches with (plus an exnref for the _ref forms) must match the label.</summary>
    private void CheckCatchLabel(ValType[] values, bool withExnRef, ValType[] label)
    {
        int count = values.Length + (withExnRef ? 1 : 0);
        if (count != label.Length)
        {
            FailTypeMismatch();
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!_types.IsSubtype(values[i], label[i]))
            {
                FailTypeMismatch();
            }
        }

        if (withExnRef && !_types.IsSubtype(s_exnRef, label[^1]))
        {
            FailTypeMismatch();
        }
    }

    /// <summary>Legacy <c>try bt</c>.</summary>
    private void ValidateLegacyTry(BlockType blockType)
    {
        BlockTypes(blockType, out ValType[] parameters, out ValType[] results);
        PopValues(parameters);
        PushCtrl(Opcodes.Try, parameters, results);
    }

    /// <summary>Legacy <c>catch x</c>: ends the previous try or catch body and starts a handler with the tag's values.</summary>
    private void ValidateLegacyCatch(uint index)
    {
        byte opener = _ctrl[_ctrlCount - 1].Opcode;
        if (opener != Opcodes.Try && opener != Opcodes.Catch)
        {
            FailMalformed("END opcode expected");
        }

        int tag = TagIndex(index);
        ControlFrame frame = PopCtrl();
        PushCtrl(Opcodes.Catch, TagParams(tag), frame.EndTypes);
    }

    /// <summary>Legacy <c>catch_all</c>.</summary>
    private void ValidateLegacyCatchAll()
    {
        byte opener = _ctrl[_ctrlCount - 1].Opcode;
        if (opener != Opcodes.Try && opener != Opcodes.Catch)
        {
            FailMalformed("END opcode expected");
        }

        ControlFrame frame = PopCtrl();
        PushCtrl(Opcodes.CatchAll, s_empty, frame.EndTypes);
    }

    /// <summary>Legacy <c>delegate l</c>: ends a try without handlers; l counts from outside the try.</summary>
    private void ValidateDelegate(uint index)
    {
        if (_ctrl[_ctrlCount - 1].Opcode != Opcodes.Try)
        {
            FailMalformed("END opcode expected");
        }

        uint depth = index;
        ControlFrame frame = PopCtrl();
        if (depth >= (uint)_ctrlCount)
        {
            Fail("unknown label");
        }

        PushValues(frame.EndTypes);
    }

    /// <summary>Legacy <c>rethrow l</c>: l must name an enclosing catch or catch_all.</summary>
    private void ValidateRethrow(uint index)
    {
        ref ControlFrame target = ref Label(index);
        if (target.Opcode != Opcodes.Catch && target.Opcode != Opcodes.CatchAll)
        {
            Fail("invalid rethrow label");
        }

        SetUnreachable();
    }
}
