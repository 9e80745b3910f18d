using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the 0xFD-prefixed vector instructions (spec 4.4.3 "Vector Instructions", and relaxed
/// SIMD). A v128 is a <see cref="Vector128{T}"/> of bytes on the IL stack and in locals. Memory
/// accesses go to <see cref="VectorMemoryEmitter"/>, lane accesses to
/// <see cref="VectorLaneEmitter"/>; every other instruction is one call of a small, aggressively
/// inlined helper in <c>Vm</c> (<see cref="VectorOpcodes"/>), which keeps the IL short and the
/// semantics in one reviewable place (DESIGN.md decision 6).
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class VectorEmitter
{
    private static readonly FieldInfo s_slots = RuntimeMembers.Field(typeof(SimdConstants), nameof(SimdConstants.Slots));

    // Reflection lookups are slow and modules compile on several threads: cache the closed methods.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, Type), MethodInfo> s_reinterpretations = new();
    private static readonly MethodInfo s_shuffle = RuntimeMembers.Method(typeof(SimdOps), nameof(SimdOps.Shuffle));
    private static readonly FieldInfo s_zero = RuntimeMembers.Field(typeof(SimdOps), nameof(SimdOps.Zero));

    /// <summary>Emits the instruction after a 0xFD prefix.</summary>
    public static void Emit(FunctionCompiler c, ref WasmReader reader)
    {
        VectorOperands operands = VectorOperands.Read(ref reader);
        if (operands.AccessSize != 0)
        {
            VectorMemoryEmitter.Emit(c, operands);
            return;
        }

        switch (operands.Opcode)
        {
            case 0x0C:
                EmitConst(c, operands.Low, operands.High);
                c.Push(ValType.V128);
                return;
            case 0x0D:
                if (X86VectorEmitter.TryEmitShuffle(c, operands.Low, operands.High))
                {
                    return;
                }

                // i8x16.shuffle: the lane indices are an integer constant, safe to fold.
                VectorIntrinsicEmitter.EmitCreate(c.IL, operands.Low, operands.High);
                EmitCall(c, s_shuffle, immediates: 1);
                return;
            case >= 0x15 and <= 0x22:
                VectorLaneEmitter.Emit(c, operands);
                return;
        }

        if (X86VectorEmitter.TryEmit(c, operands.Opcode) || VectorIntrinsicEmitter.TryEmit(c, operands.Opcode))
        {
            return;
        }

        MethodInfo helper = VectorOpcodes.Helper(operands.Opcode)
            ?? throw new NotSupportedException($"SIMD opcode 0xFD 0x{operands.Opcode:X2} is not supported by the compiler");
        EmitCall(c, helper, immediates: 0);
    }

    /// <summary>
    /// Emits a call of <paramref name="helper"/> whose last <paramref name="immediates"/> arguments
    /// were pushed by the emitter (lanes, constants) rather than by Wasm code, and tracks the
    /// operand types: one pop per other parameter, a push of the result.
    /// </summary>
    public static void EmitCall(FunctionCompiler c, MethodInfo helper, int immediates)
    {
        c.Pop(helper.GetParameters().Length - immediates);
        c.IL.Emit(OpCodes.Call, helper);
        if (helper.ReturnType != typeof(void))
        {
            c.Push(StackType(helper.ReturnType));
        }
    }

    /// <summary>The Wasm type of a helper's CLR return type.</summary>
    public static ValType StackType(Type type)
    {
        if (type == typeof(Vector128<byte>))
        {
            return ValType.V128;
        }

        if (type == typeof(int))
        {
            return ValType.I32;
        }

        if (type == typeof(long))
        {
            return ValType.I64;
        }

        return type == typeof(float) ? ValType.F32 : ValType.F64;
    }

    /// <summary>
    /// Emits <c>v128.const</c>. Constants with float lanes the JIT could exploit (NaN, ±0, ±1 in
    /// any f32 or f64 reading) stay opaque, mirroring <see cref="OpaqueConstants"/> for scalars:
    /// they are loaded from <see cref="SimdConstants"/>.
    /// </summary>
    private static void EmitConst(FunctionCompiler c, ulong low, ulong high)
    {
        ILGenerator il = c.IL;
        if (low == 0 && high == 0)
        {
            il.Emit(OpCodes.Ldsfld, s_zero);
        }
        else if (IsFoldable(low) && IsFoldable(high))
        {
            VectorIntrinsicEmitter.EmitCreate(il, low, high);
        }
        else
        {
            EmitSlotConstant(c, low, high);
        }
    }

    /// <summary>
    /// Loads the constant vector (<paramref name="low"/>, <paramref name="high"/>) from the
    /// process-wide <see cref="SimdConstants"/> slots (or the module's own, for code compiled to be
    /// saved: <see cref="PortableConstants"/>): an opaque load the JIT neither folds nor turns into
    /// a call. The slot is written before the code can run: Intern returns only afterwards.
    /// </summary>
    public static void EmitSlotConstant(FunctionCompiler c, ulong low, ulong high)
    {
        ILGenerator il = c.IL;
        if (c.Compilation.Portable is PortableConstants portable)
        {
            portable.EmitSimd(il, low, high);
            return;
        }

        il.Emit(OpCodes.Ldsfld, s_slots);
        il.Emit(OpCodes.Ldc_I4, SimdConstants.Intern(low, high));
        il.Emit(OpCodes.Ldelem, typeof(Vector128<byte>));
    }

    /// <summary><c>Vector128.As&lt;TFrom, TTo&gt;</c>, a reinterpretation the JIT expands to nothing.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Vector128.As puts no trimming requirements on its type parameters.")]
    public static MethodInfo As(Type from, Type to) =>
        s_reinterpretations.GetOrAdd((from, to), static key =>
            typeof(Vector128).GetMethods().Single(m => m.Name == nameof(Vector128.As) && m.GetGenericArguments().Length == 2)
                .MakeGenericMethod(key.Item1, key.Item2));

    private static bool IsFoldable(ulong half) =>
        IsFoldableF64(half) && IsFoldableF32((uint)half) && IsFoldableF32((uint)(half >> 32));

    private static bool IsFoldableF32(uint bits)
    {
        float value = BitConverter.UInt32BitsToSingle(bits);
        return !float.IsNaN(value) && value != 0f && value != 1f && value != -1f;
    }

    private static bool IsFoldableF64(ulong bits)
    {
        double value = BitConverter.UInt64BitsToDouble(bits);
        return !double.IsNaN(value) && value != 0.0 && value != 1.0 && value != -1.0;
    }
}
