using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the untyped entry point of a compiled function, matching <see cref="RawInvoker"/>:
/// <c>static void I(InstanceContext cx, Span&lt;ValRaw&gt; values)</c> reads the arguments from
/// <c>values</c>, calls the function and writes its results back from index 0. Like Wasmtime's
/// array-call trampolines, it is the one path for calls with values known only at run time.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class InvokerEmitter
{
    private static readonly MethodInfo s_int32BitsToSingle = typeof(ConversionOps).GetMethod(nameof(ConversionOps.F32ReinterpretI32))!;
    private static readonly MethodInfo s_int64BitsToDouble = typeof(ConversionOps).GetMethod(nameof(ConversionOps.F64ReinterpretI64))!;
    private static readonly MethodInfo s_singleToInt32Bits = typeof(BitConverter).GetMethod(nameof(BitConverter.SingleToInt32Bits))!;
    private static readonly MethodInfo s_doubleToInt64Bits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!;

    /// <summary>Defines the invoker of <paramref name="target"/> (of type <paramref name="type"/>) on <paramref name="owner"/>.</summary>
    public static MethodBuilder Emit(TypeBuilder owner, string name, MethodInfo target, FuncType type)
    {
        MethodBuilder method = owner.DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(InstanceContext), typeof(Span<ValRaw>)]);
        ILGenerator il = method.GetILGenerator();
        EmitCallFromValues(il, type, () => il.Emit(OpCodes.Ldarg_0), 1);
        il.Emit(OpCodes.Call, target);
        EmitResultsToValues(il, type, 1);
        il.Emit(OpCodes.Ret);
        return method;
    }

    /// <summary>
    /// Defines the invoker of an on-stack replacement entry <paramref name="target"/> (see
    /// FunctionCompiler.Osr.cs) on <paramref name="owner"/>, matching <see cref="LoopEntry"/>: it
    /// passes the parameters from the frame's first slots, the frame and the loop, and writes the
    /// results from slot 0.
    /// </summary>
    public static MethodBuilder EmitLoopEntry(TypeBuilder owner, string name, MethodInfo target, FuncType type)
    {
        MethodBuilder method = owner.DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(InstanceContext), typeof(Span<ValRaw>), typeof(int)]);
        ILGenerator il = method.GetILGenerator();
        EmitCallFromValues(il, type, () => il.Emit(OpCodes.Ldarg_0), 1);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Call, target);
        EmitResultsToValues(il, type, 1);
        il.Emit(OpCodes.Ret);
        return method;
    }

    /// <summary>Pushes the arguments of <paramref name="type"/> from the span argument <paramref name="spanArg"/>, then the context.</summary>
    public static void EmitCallFromValues(ILGenerator il, FuncType type, Action emitContext, short spanArg)
    {
        for (int i = 0; i < type.Params.Count; i++)
        {
            EmitElement(il, spanArg, i);
            EmitFromRaw(il, type.Params[i]);
        }

        emitContext();
    }

    /// <summary>Stores the results of <paramref name="type"/> on the IL stack into the span argument <paramref name="spanArg"/>.</summary>
    public static void EmitResultsToValues(ILGenerator il, FuncType type, short spanArg)
    {
        IReadOnlyList<ValType> results = type.Results;
        if (results.Count == 0)
        {
            return;
        }

        if (results.Count >= 2)
        {
            ClrTypes.EmitUnpack(il, results, il.DeclareLocal(ClrTypes.Return(results)));
        }

        var locals = new LocalBuilder[results.Count];
        for (int i = results.Count - 1; i >= 0; i--)
        {
            locals[i] = il.DeclareLocal(ClrTypes.Of(results[i]));
            il.Emit(OpCodes.Stloc, locals[i]);
        }

        for (int i = 0; i < results.Count; i++)
        {
            EmitElement(il, spanArg, i);
            il.Emit(OpCodes.Ldloc, locals[i]);
            EmitToRaw(il, results[i]);
        }
    }

    /// <summary>Pushes the address of element <paramref name="index"/> of span argument <paramref name="spanArg"/>.</summary>
    public static void EmitElement(ILGenerator il, short spanArg, int index)
    {
        il.Emit(OpCodes.Ldarga, spanArg);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Call, RuntimeMembers.SpanItem);
    }

    /// <summary>With a <c>ref ValRaw</c> on the stack, loads it as a value of <paramref name="type"/>.</summary>
    public static void EmitFromRaw(ILGenerator il, ValType type)
    {
        if (type.IsRef)
        {
            il.Emit(OpCodes.Ldfld, RuntimeMembers.RawRef);
            return;
        }

        if (type.Kind == ValKind.V128)
        {
            il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(ValRaw), nameof(ValRaw.ReadV128)));
            return;
        }

        il.Emit(OpCodes.Ldfld, RuntimeMembers.RawBits);
        switch (type.Kind)
        {
            case ValKind.I32:
                il.Emit(OpCodes.Conv_I4);
                break;
            case ValKind.F32:
                il.Emit(OpCodes.Conv_I4);
                il.Emit(OpCodes.Call, s_int32BitsToSingle);
                break;
            case ValKind.F64:
                il.Emit(OpCodes.Call, s_int64BitsToDouble);
                break;
            case ValKind.I64:
                break;
            default:
                throw new NotSupportedException($"value type {type} is not supported by the compiler yet");
        }
    }

    /// <summary>With a <c>ref ValRaw</c> and a value of <paramref name="type"/> on the stack, stores the value.</summary>
    public static void EmitToRaw(ILGenerator il, ValType type)
    {
        if (type.IsRef)
        {
            il.Emit(OpCodes.Stfld, RuntimeMembers.RawRef);
            return;
        }

        if (type.Kind == ValKind.V128)
        {
            il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(ValRaw), nameof(ValRaw.WriteV128)));
            return;
        }

        EmitToBits(il, type);
        il.Emit(OpCodes.Stfld, RuntimeMembers.RawBits);
    }

    /// <summary>
    /// Converts the number value of <paramref name="type"/> (not a reference or v128) on the stack
    /// to its bit pattern as a <see cref="ValRaw.Bits"/> <c>ulong</c>.
    /// </summary>
    public static void EmitToBits(ILGenerator il, ValType type)
    {
        switch (type.Kind)
        {
            case ValKind.I32:
                il.Emit(OpCodes.Conv_U8);
                break;
            case ValKind.F32:
                il.Emit(OpCodes.Call, s_singleToInt32Bits);
                il.Emit(OpCodes.Conv_U8);
                break;
            case ValKind.F64:
                il.Emit(OpCodes.Call, s_doubleToInt64Bits);
                break;
            default:
                break;
        }
    }
}
