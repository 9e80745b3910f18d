using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the memory instructions (spec 4.4.7 "Memory Instructions"): loads and stores of every
/// width with an explicit one-compare bounds check, <c>memory.size</c>/<c>memory.grow</c>, and
/// the bulk operations, which call <see cref="Builtins"/>.
/// </summary>
internal static class MemoryEmitter
{
    private static readonly MethodInfo s_size = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemorySize));
    private static readonly MethodInfo s_grow = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryGrow));
    private static readonly MethodInfo s_init = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryInit));
    private static readonly MethodInfo s_drop = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.DataDrop));
    private static readonly MethodInfo s_copy = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryCopy));
    private static readonly MethodInfo s_fill = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.MemoryFill));

    /// <summary>Emits instruction <paramref name="op"/> (0x28-0x40).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        if (op == 0x3F)
        {
            c.EmitInt(reader.ReadCount());
            c.EmitContext();
            il.Emit(OpCodes.Call, s_size);
            c.Push(ValType.I32);
            return;
        }

        if (op == 0x40)
        {
            c.EmitInt(reader.ReadCount());
            c.EmitContext();
            il.Emit(OpCodes.Call, s_grow);
            c.EmitMemoryReload(afterCall: false);
            return;
        }

        (int memory, uint alignLog2, ulong offset) = OperandReader.ReadMemArg(ref reader);
        ulong size = FunctionScanner.AccessSize(op);
        if (op <= 0x35)
        {
            c.Pop();
            c.EmitEffectiveAddress(memory, offset, size);
            EmitUnaligned(il, alignLog2, size);
            c.Push(EmitLoad(il, op));
            return;
        }

        ValType valueType = c.Pop();
        c.Pop();
        LocalBuilder value = c.RentScratch(ClrTypes.Of(valueType));
        il.Emit(OpCodes.Stloc, value);
        c.EmitEffectiveAddress(memory, offset, size);
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

    /// <summary>Emits bulk memory instruction 0xFC <paramref name="sub"/> (8-11).</summary>
    public static void EmitBulk(FunctionCompiler c, uint sub, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (sub)
        {
            case 8:
                c.EmitInt(reader.ReadCount());
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_init);
                c.Pop(3);
                break;
            case 9:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_drop);
                break;
            case 10:
                c.EmitInt(reader.ReadCount());
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_copy);
                c.Pop(3);
                break;
            default:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_fill);
                c.Pop(3);
                break;
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
