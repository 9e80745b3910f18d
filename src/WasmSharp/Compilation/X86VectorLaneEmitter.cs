using System.Diagnostics.CodeAnalysis;
using WasmSharp.Operators;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits <c>extract_lane</c> and <c>replace_lane</c> of the integer shapes and f32x4 on x86-64 as
/// <c>pextr*</c>/<c>pinsr*</c>/<c>extractps</c> intrinsics with the lane as immediate, instead of
/// helpers the JIT may leave as calls in large methods (meshoptimizer spent 6% of its time in
/// calls of the i32x4 extract helper). See <see cref="X86VectorEmitter"/>.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class X86VectorLaneEmitter
{
    /// <summary>Emits lane instruction <paramref name="opcode"/> on lane <paramref name="lane"/>; false when it has no SSE form here.</summary>
    public static bool TryEmit(FunctionCompiler c, uint opcode, int lane)
    {
        if (!X86VectorEmitter.IsSupported)
        {
            return false;
        }

        switch (opcode)
        {
            case 0x15: // i8x16.extract_lane_s
                return Extract(c, typeof(Sse41), typeof(byte), lane, OpCodes.Conv_I1, ValType.I32);
            case 0x16: // i8x16.extract_lane_u
                return Extract(c, typeof(Sse41), typeof(byte), lane, null, ValType.I32);
            case 0x18: // i16x8.extract_lane_s
                return Extract(c, typeof(Sse2), typeof(ushort), lane, OpCodes.Conv_I2, ValType.I32);
            case 0x19: // i16x8.extract_lane_u
                return Extract(c, typeof(Sse2), typeof(ushort), lane, null, ValType.I32);
            case 0x1B: // i32x4.extract_lane
                return Extract(c, typeof(Sse41), typeof(int), lane, null, ValType.I32);
            case 0x1D: // i64x2.extract_lane
                return Extract(c, typeof(Sse41.X64), typeof(long), lane, null, ValType.I64);
            case 0x1F: // f32x4.extract_lane
                return Extract(c, typeof(Sse41), typeof(float), lane, null, ValType.F32);
            case 0x17: // i8x16.replace_lane
                return Replace(c, typeof(Sse41), typeof(byte), lane, OpCodes.Conv_U1);
            case 0x1A: // i16x8.replace_lane
                return Replace(c, typeof(Sse2), typeof(short), lane, OpCodes.Conv_I2);
            case 0x1C: // i32x4.replace_lane
                return Replace(c, typeof(Sse41), typeof(int), lane, null);
            case 0x1E: // i64x2.replace_lane
                return Replace(c, typeof(Sse41.X64), typeof(long), lane, null);
            default:
                return false;
        }
    }

    /// <summary>
    /// For <c>v128.store*_lane</c>: with a vector on the IL stack, emits the unsigned extract of
    /// lane <paramref name="lane"/> of <paramref name="size"/> bytes; false when unsupported.
    /// </summary>
    public static bool TryEmitExtractForStore(ILGenerator il, int size, int lane)
    {
        if (!X86VectorEmitter.IsSupported)
        {
            return false;
        }

        (Type isa, Type element) = Shape(size, signed: false);
        EmitExtract(il, isa, element, lane);
        return true;
    }

    /// <summary>
    /// For <c>v128.load*_lane</c>: with the loaded scalar (i32, or i64 for 8 bytes) on the IL stack,
    /// emits inserting it as lane <paramref name="lane"/> of <paramref name="vector"/>; false when unsupported.
    /// </summary>
    public static bool TryEmitInsertForLoad(FunctionCompiler c, int size, int lane, LocalBuilder vector)
    {
        if (!X86VectorEmitter.IsSupported)
        {
            return false;
        }

        (Type isa, Type element) = Shape(size, signed: true);
        ILGenerator il = c.IL;
        LocalBuilder scalar = c.RentScratch(size == 8 ? typeof(long) : typeof(int));
        il.Emit(OpCodes.Stloc, scalar);
        il.Emit(OpCodes.Ldloc, vector);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
        il.Emit(OpCodes.Ldloc, scalar);
        c.ReturnScratch(scalar);
        if (size <= 2)
        {
            il.Emit(size == 1 ? OpCodes.Conv_U1 : OpCodes.Conv_I2);
        }

        il.Emit(OpCodes.Ldc_I4, lane);
        Type vectorType = typeof(Vector128<>).MakeGenericType(element);
        il.Emit(OpCodes.Call, IsaMethod(isa, nameof(Sse41.Insert), [vectorType, element, typeof(byte)]));
        il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
        return true;
    }

    // The ISA class and element type of lanes of `size` bytes (pextrb/pinsrb and pextrd/pinsrd
    // are SSE4.1, the word forms SSE2, the quadword forms SSE4.1 on x64).
    private static (Type Isa, Type Element) Shape(int size, bool signed) => size switch
    {
        1 => (typeof(Sse41), typeof(byte)),
        2 => (typeof(Sse2), signed ? typeof(short) : typeof(ushort)),
        4 => (typeof(Sse41), typeof(int)),
        _ => (typeof(Sse41.X64), typeof(long)),
    };

    private static void EmitExtract(ILGenerator il, Type isa, Type element, int lane)
    {
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
        il.Emit(OpCodes.Ldc_I4, lane);
        il.Emit(OpCodes.Call, IsaMethod(isa, nameof(Sse41.Extract), [typeof(Vector128<>).MakeGenericType(element), typeof(byte)]));
    }

    // [v] → isa.Extract(v as T, lane), narrowed with `narrow` for the signed forms.
    private static bool Extract(FunctionCompiler c, Type isa, Type element, int lane, OpCode? narrow, ValType result)
    {
        ILGenerator il = c.IL;
        EmitExtract(il, isa, element, lane);
        if (narrow is OpCode conversion)
        {
            il.Emit(conversion);
        }

        c.Pop();
        c.Push(result);
        return true;
    }

    // [v, x] → isa.Insert(v as T, (T)x, lane) as byte.
    private static bool Replace(FunctionCompiler c, Type isa, Type element, int lane, OpCode? narrow)
    {
        ILGenerator il = c.IL;
        ValType valueType = c.Pop();
        c.Pop();
        LocalBuilder value = c.RentScratch(ClrTypes.Of(valueType));
        il.Emit(OpCodes.Stloc, value);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
        il.Emit(OpCodes.Ldloc, value);
        c.ReturnScratch(value);
        if (narrow is OpCode conversion)
        {
            il.Emit(conversion);
        }

        il.Emit(OpCodes.Ldc_I4, lane);
        Type vector = typeof(Vector128<>).MakeGenericType(element);
        MethodInfo insert = IsaMethod(isa, nameof(Sse41.Insert), [vector, element, typeof(byte)]);
        il.Emit(OpCodes.Call, insert);
        il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
        c.Push(ValType.V128);
        return true;
    }

    /// <summary>
    /// The method <paramref name="name"/> of <paramref name="isa"/>, one of the classes of
    /// <see cref="Shape"/>. The trimmer cannot follow the class through the table, so their public
    /// methods are kept here (a trimmed host otherwise lost the ones compiled code calls).
    /// </summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Sse2))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Sse41))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Sse41.X64))]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "isa is Sse2, Sse41 or Sse41.X64, whose public methods the DynamicDependency attributes keep.")]
    private static MethodInfo IsaMethod(Type isa, string name, Type[] parameters) =>
        isa.GetMethod(name, parameters) ?? throw new InvalidOperationException($"{isa.Name}.{name} does not exist");
}
