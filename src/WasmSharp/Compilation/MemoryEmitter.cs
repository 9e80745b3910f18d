using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the memory instructions (spec 4.4.7 "Memory Instructions"): loads and stores of every
/// width with an explicit one-compare bounds check, <c>memory.size</c>/<c>memory.grow</c>, and
/// the bulk operations, which call <see cref="Builtins"/>.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class MemoryEmitter
{
    private static readonly MethodInfo s_size = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemorySize));
    private static readonly MethodInfo s_grow = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryGrow));
    private static readonly MethodInfo s_init = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryInit));
    private static readonly MethodInfo s_drop = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.DataDrop));
    private static readonly MethodInfo s_copy = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryCopy));
    private static readonly MethodInfo s_fill = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryFill));
    private static readonly MethodInfo s_size64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.MemorySize));
    private static readonly MethodInfo s_grow64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.MemoryGrow));
    private static readonly MethodInfo s_init64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.MemoryInit));
    private static readonly MethodInfo s_copy64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.MemoryCopy));
    private static readonly MethodInfo s_fill64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.MemoryFill));

    /// <summary>Emits instruction <paramref name="op"/> (0x28-0x40).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        if (op == 0x3F)
        {
            int sized = reader.ReadCount();
            bool is64 = c.Module.Memories[sized].Is64;
            c.EmitInt(sized);
            c.EmitContext();
            il.Emit(OpCodes.Call, is64 ? s_size64 : s_size);
            c.Push(is64 ? ValType.I64 : ValType.I32);
            return;
        }

        if (op == 0x40)
        {
            int grown = reader.ReadCount();
            c.EmitInt(grown);
            c.EmitContext();
            il.Emit(OpCodes.Call, c.Module.Memories[grown].Is64 ? s_grow64 : s_grow);
            c.EmitMemoryReload(afterCall: false);
            return;
        }

        (int memory, uint alignLog2, ulong offset) = OperandReader.ReadMemArg(ref reader);
        ulong size = FunctionScanner.AccessSize(op);
        if (op <= 0x35)
        {
            c.Pop();
            c.EmitLoadAddress(memory, offset, size, reader);
            EmitUnaligned(il, alignLog2, size);
            c.Push(EmitLoad(il, op));
            return;
        }

        ValType valueType = c.Pop();
        c.Pop();
        LocalBuilder value = c.RentScratch(ClrTypes.Of(valueType));
        il.Emit(OpCodes.Stloc, value);
        c.EmitEffectiveAddress(memory, offset, size, stackIsTracked: true);
        il.Emit(OpCodes.Ldloc, value);
        c.ReturnScratch(value);
        if (op is 0x3C or 0x3D or 0x3E)
        {
            // Narrowing i64 stores take an int32 operand; the conversion must precede the
            // unaligned. prefix, which has to sit directly on the stind.
            il.Emit(OpCodes.Conv_I4);
        }

        EmitUnaligned(il, alignLog2, size);
        EmitStore(il, op);
    }

    /// <summary>
    /// Emits bulk memory instruction 0xFC <paramref name="sub"/> (8-11). Operands touching a 64-bit
    /// memory are i64 and go to <see cref="Builtins64"/>; a copy between a 32-bit and a 64-bit memory
    /// has its i32 operands zero-extended first (its length has the smaller address type).
    /// </summary>
    public static void EmitBulk(FunctionCompiler c, uint sub, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (sub)
        {
            case 8:
            {
                int segment = reader.ReadCount();
                int memory = reader.ReadCount();
                c.EmitInt(segment);
                c.EmitInt(memory);
                c.EmitContext();
                il.Emit(OpCodes.Call, c.Module.Memories[memory].Is64 ? s_init64 : s_init);
                c.Pop(3);
                break;
            }

            case 9:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_drop);
                break;
            case 10:
            {
                int destination = reader.ReadCount();
                int source = reader.ReadCount();
                bool destination64 = c.Module.Memories[destination].Is64;
                bool source64 = c.Module.Memories[source].Is64;
                if (destination64 || source64)
                {
                    EmitWidenOperands(c, [destination64, source64, destination64 && source64]);
                }

                c.EmitInt(destination);
                c.EmitInt(source);
                c.EmitContext();
                il.Emit(OpCodes.Call, destination64 || source64 ? s_copy64 : s_copy);
                c.Pop(3);
                break;
            }

            default:
            {
                int memory = reader.ReadCount();
                c.EmitInt(memory);
                c.EmitContext();
                il.Emit(OpCodes.Call, c.Module.Memories[memory].Is64 ? s_fill64 : s_fill);
                c.Pop(3);
                break;
            }
        }
    }

    /// <summary>
    /// Zero-extends to i64 those of the top <paramref name="is64"/>.Length operands (deepest first)
    /// that are i32 (<paramref name="is64"/> false), through scratch locals; the type stack is unchanged.
    /// </summary>
    public static void EmitWidenOperands(FunctionCompiler c, bool[] is64)
    {
        ILGenerator il = c.IL;
        var saved = new LocalBuilder[is64.Length];
        for (int i = is64.Length - 1; i >= 0; i--)
        {
            saved[i] = c.RentScratch(is64[i] ? typeof(long) : typeof(int));
            il.Emit(OpCodes.Stloc, saved[i]);
        }

        for (int i = 0; i < is64.Length; i++)
        {
            il.Emit(OpCodes.Ldloc, saved[i]);
            c.ReturnScratch(saved[i]);
            if (!is64[i])
            {
                il.Emit(OpCodes.Conv_U8);
            }
        }
    }

    private static void EmitUnaligned(ILGenerator il, uint alignLog2, ulong size)
    {
        // Wasm alignment is only a hint; tell the JIT when the access may be misaligned.
        if ((1UL << (int)Math.Min(alignLog2, 63)) < size)
        {
            il.Emit(OpCodes.Unaligned, (byte)1);
        }
    }

    private static ValType EmitLoad(ILGenerator il, byte op)
    {
        switch (op)
        {
            case 0x28:
                il.Emit(OpCodes.Ldind_I4);
                return ValType.I32;
            case 0x29:
                il.Emit(OpCodes.Ldind_I8);
                return ValType.I64;
            case 0x2A:
                il.Emit(OpCodes.Ldind_R4);
                return ValType.F32;
            case 0x2B:
                il.Emit(OpCodes.Ldind_R8);
                return ValType.F64;
            case 0x2C:
                il.Emit(OpCodes.Ldind_I1);
                return ValType.I32;
            case 0x2D:
                il.Emit(OpCodes.Ldind_U1);
                return ValType.I32;
            case 0x2E:
                il.Emit(OpCodes.Ldind_I2);
                return ValType.I32;
            case 0x2F:
                il.Emit(OpCodes.Ldind_U2);
                return ValType.I32;
            case 0x30:
                il.Emit(OpCodes.Ldind_I1);
                il.Emit(OpCodes.Conv_I8);
                return ValType.I64;
            case 0x31:
                il.Emit(OpCodes.Ldind_U1);
                il.Emit(OpCodes.Conv_U8);
                return ValType.I64;
            case 0x32:
                il.Emit(OpCodes.Ldind_I2);
                il.Emit(OpCodes.Conv_I8);
                return ValType.I64;
            case 0x33:
                il.Emit(OpCodes.Ldind_U2);
                il.Emit(OpCodes.Conv_U8);
                return ValType.I64;
            case 0x34:
                il.Emit(OpCodes.Ldind_I4);
                il.Emit(OpCodes.Conv_I8);
                return ValType.I64;
            default:
                il.Emit(OpCodes.Ldind_U4);
                il.Emit(OpCodes.Conv_U8);
                return ValType.I64;
        }
    }

    private static void EmitStore(ILGenerator il, byte op)
    {
        switch (op)
        {
            case 0x36:
                il.Emit(OpCodes.Stind_I4);
                break;
            case 0x37:
                il.Emit(OpCodes.Stind_I8);
                break;
            case 0x38:
                il.Emit(OpCodes.Stind_R4);
                break;
            case 0x39:
                il.Emit(OpCodes.Stind_R8);
                break;
            case 0x3A:
                il.Emit(OpCodes.Stind_I1);
                break;
            case 0x3B:
                il.Emit(OpCodes.Stind_I2);
                break;
            case 0x3C:
                il.Emit(OpCodes.Stind_I1);
                break;
            case 0x3D:
                il.Emit(OpCodes.Stind_I2);
                break;
            default:
                il.Emit(OpCodes.Stind_I4);
                break;
        }
    }
}
