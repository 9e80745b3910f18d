using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>Routes the instruction families translated in their own files.</summary>
internal sealed partial class Translator
{
    // try, catch, throw, rethrow, throw_ref, delegate, catch_all, try_table; return_call,
    // return_call_indirect, call_ref, return_call_ref.
    private void TranslateControlExtension(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0x14:
                TranslateCallRef(reader.ReadCount());
                break;
            case 0x12 or 0x13 or 0x15:
                TranslateTailOrRefCall(op, ref reader);
                break;
            default:
                TranslateException(op, ref reader);
                break;
        }
    }

    private void TranslateExtended(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0xFB:
                TranslateGc(reader.ReadVarUInt32(), ref reader);
                break;
            case 0xFD:
                TranslateSimd(reader.ReadVarUInt32(), ref reader);
                break;
            case 0xFE:
                TranslateAtomic(reader.ReadVarUInt32(), ref reader);
                break;
            default:
                throw new InvalidOperationException($"opcode 0x{op:X2} passed validation but has no translation");
        }
    }

    // 0xFC 19–22: the wide-arithmetic proposal.
    private void TranslateMiscExtension(uint sub, ref WasmReader reader) => TranslateWideArithmetic(sub);
}
