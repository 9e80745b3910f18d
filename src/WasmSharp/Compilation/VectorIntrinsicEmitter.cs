using System.Diagnostics.CodeAnalysis;
using WasmSharp.Operators;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the most common SIMD instructions as direct calls of <see cref="Vector128"/> APIs instead
/// of calls of the small helpers in <c>Vm/Simd*Ops</c>, on CPUs without the SSE4.1 path of
/// <see cref="X86VectorEmitter"/> (which is tried first). The helpers inline in ordinary
/// functions, but in very large compiler-generated SIMD functions RyuJIT stops inlining them and
/// every helper became a real call passing 16-byte structs through memory. Only operations whose
/// <see cref="Vector128"/> semantics equal Wasm's bit for bit are listed: wrapping integer
/// arithmetic, bitwise operations and shifts by the count modulo the lane width.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class VectorIntrinsicEmitter
{
    private static readonly MethodInfo s_create = typeof(Vector128).GetMethod(nameof(Vector128.Create), [typeof(ulong), typeof(ulong)])!;

    // Reflection lookups are slow and modules compile on several threads: cache the closed methods.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Type, Type?), MethodInfo> s_methods = new();

    /// <summary>Emits <paramref name="opcode"/> if it has a direct intrinsic form; false otherwise.</summary>
    public static bool TryEmit(FunctionCompiler c, uint opcode)
    {
        switch (opcode)
        {
            case 0x4E: // v128.and
                return Bitwise(c, nameof(Vector128.BitwiseAnd));
            case 0x50: // v128.or
                return Bitwise(c, nameof(Vector128.BitwiseOr));
            case 0x51: // v128.xor
                return Bitwise(c, nameof(Vector128.Xor));
            case 0x6E: // i8x16.add
                return Lanewise<byte>(c, nameof(Vector128.Add));
            case 0x71: // i8x16.sub
                return Lanewise<byte>(c, nameof(Vector128.Subtract));
            case 0x8E: // i16x8.add
                return Lanewise<ushort>(c, nameof(Vector128.Add));
            case 0x91: // i16x8.sub
                return Lanewise<ushort>(c, nameof(Vector128.Subtract));
            case 0x95: // i16x8.mul
                return Lanewise<ushort>(c, nameof(Vector128.Multiply));
            case 0xAE: // i32x4.add
                return Lanewise<uint>(c, nameof(Vector128.Add));
            case 0xB1: // i32x4.sub
                return Lanewise<uint>(c, nameof(Vector128.Subtract));
            case 0xB5: // i32x4.mul
                return Lanewise<uint>(c, nameof(Vector128.Multiply));
            case 0xCE: // i64x2.add
                return Lanewise<ulong>(c, nameof(Vector128.Add));
            case 0xD1: // i64x2.sub
                return Lanewise<ulong>(c, nameof(Vector128.Subtract));
            case 0x8B: // i16x8.shl
                return Shift<ushort>(c, nameof(Vector128.ShiftLeft), 15);
            case 0x8C: // i16x8.shr_s
                return Shift<short>(c, nameof(Vector128.ShiftRightArithmetic), 15);
            case 0x8D: // i16x8.shr_u
                return Shift<ushort>(c, nameof(Vector128.ShiftRightLogical), 15);
            case 0xAB: // i32x4.shl
                return Shift<uint>(c, nameof(Vector128.ShiftLeft), 31);
            case 0xAC: // i32x4.shr_s
                return Shift<int>(c, nameof(Vector128.ShiftRightArithmetic), 31);
            case 0xAD: // i32x4.shr_u
                return Shift<uint>(c, nameof(Vector128.ShiftRightLogical), 31);
            case 0xCB: // i64x2.shl
                return Shift<ulong>(c, nameof(Vector128.ShiftLeft), 63);
            case 0xCD: // i64x2.shr_u
                return Shift<ulong>(c, nameof(Vector128.ShiftRightLogical), 63);
            default:
                return false;
        }
    }

    /// <summary>Emits <c>Vector128.Create(low, high).AsByte()</c>, an intrinsic the JIT turns into a constant.</summary>
    public static void EmitCreate(ILGenerator il, ulong low, ulong high)
    {
        il.Emit(OpCodes.Ldc_I8, (long)low);
        il.Emit(OpCodes.Ldc_I8, (long)high);
        il.Emit(OpCodes.Call, s_create);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(ulong), typeof(byte)));
    }

    // [a, b] of Vector128<byte> → op(a, b).
    private static bool Bitwise(FunctionCompiler c, string name)
    {
        c.IL.Emit(OpCodes.Call, Generic(name, typeof(byte), 2));
        c.Pop(2);
        c.Push(ValType.V128);
        return true;
    }

    // [a, b] of Vector128<byte> → op(a as T, b as T) as byte.
    private static bool Lanewise<T>(FunctionCompiler c, string name)
    {
        ILGenerator il = c.IL;
        LocalBuilder right = c.RentScratch(typeof(Vector128<T>));
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), typeof(T)));
        il.Emit(OpCodes.Stloc, right);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), typeof(T)));
        il.Emit(OpCodes.Ldloc, right);
        c.ReturnScratch(right);
        il.Emit(OpCodes.Call, Generic(name, typeof(T), 2));
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(T), typeof(byte)));
        c.Pop(2);
        c.Push(ValType.V128);
        return true;
    }

    // [a: Vector128<byte>, count: i32] → shift(a as T, count & mask) as byte (Wasm shifts modulo the lane width).
    private static bool Shift<T>(FunctionCompiler c, string name, int mask)
    {
        ILGenerator il = c.IL;
        LocalBuilder count = c.RentScratch(typeof(int));
        il.Emit(OpCodes.Ldc_I4, mask);
        il.Emit(OpCodes.And);
        il.Emit(OpCodes.Stloc, count);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), typeof(T)));
        il.Emit(OpCodes.Ldloc, count);
        c.ReturnScratch(count);
        il.Emit(OpCodes.Call, typeof(Vector128).GetMethod(name, [typeof(Vector128<T>), typeof(int)])!);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(T), typeof(byte)));
        c.Pop(2);
        c.Push(ValType.V128);
        return true;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "The generic methods of Vector128 put no trimming requirements on their type parameters.")]
    private static MethodInfo Generic(string name, Type element, int arity) =>
        s_methods.GetOrAdd((name, element, null), key =>
            typeof(Vector128).GetMethods()
                .Single(m => m.Name == key.Item1 && m.IsGenericMethodDefinition && m.GetParameters().Length == arity
                    && m.GetParameters().All(p => p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(Vector128<>)))
                .MakeGenericMethod(key.Item2));
}
