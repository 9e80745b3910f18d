using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the wide-arithmetic instructions (0xFC 19 <c>i64.add128</c>, 20 <c>i64.sub128</c>,
/// 21 <c>i64.mul_wide_s</c>, 22 <c>i64.mul_wide_u</c>): a <see cref="WideArithmeticOps"/> helper
/// returns the (low, high) pair, which is unpacked onto the stack as the two i64 results.
/// </summary>
internal static class WideArithmeticEmitter
{
    private static readonly FieldInfo s_low = typeof(ValueTuple<long, long>).GetField("Item1")!;
    private static readonly FieldInfo s_high = typeof(ValueTuple<long, long>).GetField("Item2")!;

    /// <summary>Emits 0xFC <paramref name="sub"/> (19-22).</summary>
    public static void Emit(FunctionCompiler c, uint sub)
    {
        ILGenerator il = c.IL;
        string name = sub switch
        {
            19 => nameof(WideArithmeticOps.Add128),
            20 => nameof(WideArithmeticOps.Sub128),
            21 => nameof(WideArithmeticOps.MulWideS),
            _ => nameof(WideArithmeticOps.MulWideU),
        };
        il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(WideArithmeticOps), name));
        c.Pop(sub <= 20 ? 4 : 2);
        LocalBuilder pair = c.RentScratch(typeof(ValueTuple<long, long>));
        il.Emit(OpCodes.Stloc, pair);
        il.Emit(OpCodes.Ldloca, pair);
        il.Emit(OpCodes.Ldfld, s_low);
        il.Emit(OpCodes.Ldloca, pair);
        il.Emit(OpCodes.Ldfld, s_high);
        c.ReturnScratch(pair);
        c.Push(ValType.I64);
        c.Push(ValType.I64);
    }
}
