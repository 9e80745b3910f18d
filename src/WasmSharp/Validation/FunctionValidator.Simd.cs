using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>SIMD instructions under the 0xFD prefix (spec valid/instructions.rst "Vector Instructions"), relaxed SIMD included.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>
    /// The 0xFD prefix (SIMD is checked before the sub-opcode is read). Operators without lane or byte
    /// immediates are typed by the operator table; the rest are switched on here.
    /// </summary>
    private void ValidateSimd(ref WasmReader r)
    {
        Operator op = ReadPrefixed(Opcodes.SimdPrefix, ref r, out uint code);
        if (TryValidateFixed(op, ref r))
        {
            return;
        }

        switch (code)
        {
            case 12:
                r.ReadBytes(16);                                      // v128.const
                Push(ValType.V128);
                break;
            case 13:
            {
                ReadOnlySpan<byte> lanes = r.ReadBytes(16);           // i8x16.shuffle
                foreach (byte lane in lanes)
                {
                    if (lane >= 32)
                    {
                        Fail("invalid lane index");
                    }
                }

                ApplySignature(OperatorTable.Info(op).Signature!, address64: false);
                break;
            }

            case 21: case 22: case 23:
                ValidateLane(op, ref r, 16);                          // i8x16 extract/replace
                break;
            case 24: case 25: case 26:
                ValidateLane(op, ref r, 8);
                break;
            case 27: case 28: case 31: case 32:
                ValidateLane(op, ref r, 4);
                break;
            case 29: case 30: case 33: case 34:
                ValidateLane(op, ref r, 2);
                break;
            case 84: case 85: case 86: case 87:                       // v128.loadN_lane
            case 88: case 89: case 90: case 91:                       // v128.storeN_lane
            {
                OperatorInfo info = OperatorTable.Info(op);
                ValType address = ReadMemArg(ref r, info.Align);
                ReadLane(ref r, 16 >> info.Align);
                ApplySignature(info.Signature!, address.Kind == ValKind.I64);
                break;
            }

            default:
                FailIllegalOpcode(Opcodes.SimdPrefix, code);
                break;
        }
    }

    /// <summary>An extract_lane or replace_lane over <paramref name="laneCount"/> lanes, typed by the operator table.</summary>
    private void ValidateLane(Operator op, ref WasmReader r, int laneCount)
    {
        ReadLane(ref r, laneCount);
        ApplySignature(OperatorTable.Info(op).Signature!, address64: false);
    }

    private void ReadLane(ref WasmReader r, int laneCount)
    {
        if (r.ReadByte() >= laneCount)
        {
            Fail("invalid lane index");
        }
    }
}
