using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>SIMD instructions under the 0xFD prefix (spec valid/instructions.rst "Vector Instructions"), relaxed SIMD included.</summary>
internal sealed partial class FunctionValidator
{
    private static readonly int[] s_laneCounts = BuildLaneCounts();

    /// <summary><c>i8x16.shuffle</c>: every lane index selects one of the 32 input lanes.</summary>
    private void ValidateShuffle(ReadOnlySpan<byte> lanes)
    {
        foreach (byte lane in lanes)
        {
            if (lane >= 32)
            {
                Fail("invalid lane index");
            }
        }

        ApplySignature(OperatorTable.Info(Operator.I8x16Shuffle).Signature!, address64: false);
    }

    /// <summary>An extract_lane or replace_lane, typed by the operator table.</summary>
    private void ValidateLane(Operator op, byte lane)
    {
        CheckLane(lane, s_laneCounts[(int)op]);
        ApplySignature(OperatorTable.Info(op).Signature!, address64: false);
    }

    /// <summary><c>v128.loadN_lane</c> and <c>v128.storeN_lane</c>: a memarg, then a lane of the access size.</summary>
    private void ValidateMemoryLane(Operator op, MemArg memArg, byte lane)
    {
        OperatorInfo info = OperatorTable.Info(op);
        ValType address = CheckMemArg(memArg, info.Align);
        CheckLane(lane, 16 >> info.Align);
        ApplySignature(info.Signature!, address.Kind == ValKind.I64);
    }

    private void CheckLane(byte lane, int laneCount)
    {
        if (lane >= laneCount)
        {
            Fail("invalid lane index");
        }
    }

    /// <summary>The lane count of each extract/replace_lane operator, from the shape its name starts with.</summary>
    private static int[] BuildLaneCounts()
    {
        int[] counts = new int[OperatorInfos.All.Length];
        foreach (OperatorInfo info in OperatorInfos.All)
        {
            if (info.Immediate == OperatorImmediate.Lane)
            {
                // i8x16, i16x8, i32x4, f32x4, i64x2, f64x2: the number after the 'x'.
                string shape = info.Name[..info.Name.IndexOf('.')];
                counts[(int)info.Operator] = int.Parse(shape[(shape.IndexOf('x') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }
}
