using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>Instructions that only compute: variables, constants, selects, memories, tables and references.</summary>
internal static partial class Interpreter
{
    /// <summary>Executes the non-control instruction at <paramref name="ip"/> and returns its length.</summary>
    private static int ExecuteData(ref int ip, ref ValRaw fp, InstanceContext cx, InterpreterStack stack)
    {
        int op = ip;
        if (op is >= 0x28 and <= 0x3E)
        {
            return ExecuteLoadStore(ref ip, ref fp, cx);
        }

        switch (op)
        {
            case (int)Op.Copy:
                S(ref fp, ref ip, 1).Bits = S(ref fp, ref ip, 2).Bits;
                return 3;
            case (int)Op.CopyRef:
                S(ref fp, ref ip, 1).Ref = S(ref fp, ref ip, 2).Ref;
                return 3;
            case (int)Op.Const32:
                S(ref fp, ref ip, 1).Bits = (uint)Unsafe.Add(ref ip, 2);
                return 3;
            case (int)Op.Const64:
                S(ref fp, ref ip, 1).Bits = Imm64(ref ip, 2);
                return 4;
            case (int)Op.RefNull:
                S(ref fp, ref ip, 1).Ref = null;
                return 2;
            case (int)Op.Select:
                S(ref fp, ref ip, 1).Bits = (uint)S(ref fp, ref ip, 4).Bits != 0 ? S(ref fp, ref ip, 2).Bits : S(ref fp, ref ip, 3).Bits;
                return 5;
            case (int)Op.Select128:
            {
                ref ValRaw source = ref (uint)S(ref fp, ref ip, 4).Bits != 0 ? ref S(ref fp, ref ip, 2) : ref S(ref fp, ref ip, 3);
                ref ValRaw destination = ref S(ref fp, ref ip, 1);
                destination.Bits = source.Bits;
                destination.Hi = source.Hi;
                return 5;
            }

            case (int)Op.SelectRef:
                S(ref fp, ref ip, 1).Ref = (uint)S(ref fp, ref ip, 4).Bits != 0 ? S(ref fp, ref ip, 2).Ref : S(ref fp, ref ip, 3).Ref;
                return 5;
            case (int)Op.GlobalGet:
                S(ref fp, ref ip, 1).Bits = cx.Globals[Unsafe.Add(ref ip, 2)].Bits;
                return 3;
            case (int)Op.GlobalGet128:
            {
                GlobalCell cell = cx.Globals[Unsafe.Add(ref ip, 2)];
                ref ValRaw destination = ref S(ref fp, ref ip, 1);
                destination.Bits = cell.Bits;
                destination.Hi = cell.Hi;
                return 3;
            }

            case (int)Op.GlobalGetRef:
                S(ref fp, ref ip, 1).Ref = cx.Globals[Unsafe.Add(ref ip, 2)].Ref;
                return 3;
            case (int)Op.GlobalSet:
                cx.Globals[Unsafe.Add(ref ip, 1)].Bits = S(ref fp, ref ip, 2).Bits;
                return 3;
            case (int)Op.GlobalSet128:
            {
                GlobalCell cell = cx.Globals[Unsafe.Add(ref ip, 1)];
                ref ValRaw source = ref S(ref fp, ref ip, 2);
                cell.Bits = source.Bits;
                cell.Hi = source.Hi;
                return 3;
            }

            case (int)Op.GlobalSetRef:
                cx.Globals[Unsafe.Add(ref ip, 1)].Ref = S(ref fp, ref ip, 2).Ref;
                return 3;
            case (int)Op.RefIsNull:
                S(ref fp, ref ip, 1).Bits = S(ref fp, ref ip, 2).Ref is null ? 1u : 0u;
                return 3;
            case (int)Op.RefFunc:
                S(ref fp, ref ip, 1).Ref = cx.Functions[Unsafe.Add(ref ip, 2)];
                return 3;
            case (int)Op.Extended:
                return ExecuteExtended(ref ip, ref fp, cx);
            default:
                return ExecuteBulk(ref ip, ref fp, cx, stack);
        }
    }

    /// <summary>The 64-bit immediate at operands <paramref name="operand"/> (low) and the next (high).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Imm64(ref int ip, int operand) =>
        (uint)Unsafe.Add(ref ip, operand) | ((ulong)(uint)Unsafe.Add(ref ip, operand + 1) << 32);
}
