using WasmSharp.Binary;
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
    private void ValidateThrow(ref WasmReader r)
    {
        int tag = ReadTagIndex(ref r);
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
    private void ValidateTryTable(ref WasmReader r)
    {
        ReadBlockType(ref r, out ValType[] parameters, out ValType[] results);
        int count = r.ReadCount();
        for (int i = 0; i < count; i++)
        {
            byte kind = r.ReadByte();
            switch (kind)
            {
                case 0x00:
                case 0x01:
                {
                    ValType[] values = TagParams(ReadTagIndex(ref r));
                    ValType[] label = ReadLabel(ref r).LabelTypes;
                    CheckCatchLabel(values, kind == 0x01, label);
                    break;
                }

                case 0x02:
                case 0x03:
                {
                    ValType[] label = ReadLabel(ref r).LabelTypes;
                    CheckCatchLabel(s_empty, kind == 0x03, label);
                    break;
                }

                default:
                    FailMalformed("malformed catch clause");
                    break;
            }
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
    private void ValidateLegacyTry(ref WasmReader r)
    {
        ReadBlockType(ref r, out ValType[] parameters, out ValType[] results);
        PopValues(parameters);
        PushCtrl(Opcodes.Try, parameters, results);
    }

    /// <summary>Legacy <c>catch x</c>: ends the previous try or catch body and starts a handler with the tag's values.</summary>
    private void ValidateLegacyCatch(ref WasmReader r)
    {
        byte opener = _ctrl[_ctrlCount - 1].Opcode;
        if (opener != Opcodes.Try && opener != Opcodes.Catch)
        {
            FailMalformed("END opcode expected");
        }

        int tag = ReadTagIndex(ref r);
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
    private void ValidateDelegate(ref WasmReader r)
    {
        if (_ctrl[_ctrlCount - 1].Opcode != Opcodes.Try)
        {
            FailMalformed("END opcode expected");
        }

        uint depth = r.ReadVarUInt32();
        ControlFrame frame = PopCtrl();
        if (depth >= (uint)_ctrlCount)
        {
            Fail("unknown label");
        }

        PushValues(frame.EndTypes);
    }

    /// <summary>Legacy <c>rethrow l</c>: l must name an enclosing catch or catch_all.</summary>
    private void ValidateRethrow(ref WasmReader r)
    {
        ref ControlFrame target = ref ReadLabel(ref r);
        if (target.Opcode != Opcodes.Catch && target.Opcode != Opcodes.CatchAll)
        {
            Fail("invalid rethrow label");
        }

        SetUnreachable();
    }
}
