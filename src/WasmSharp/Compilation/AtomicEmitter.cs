using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the atomic instructions under the 0xFE prefix (threads proposal, "Atomic Memory
/// Accesses"): the effective address must be naturally aligned ("unaligned atomic", checked before
/// the bounds, as the reference interpreter does), then gets the ordinary one-compare bounds check
/// (<see cref="FunctionCompiler.EmitEffectiveAddress"/>), then a <see cref="AtomicOps"/> or
/// <see cref="WaitQueue"/> helper performs the access on the native address.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class AtomicEmitter
{
    // Loads, stores and each read-modify-write group repeat seven accesses:
    // i32, i64, i32 8u, i32 16u, i64 8u, i64 16u, i64 32u.
    private static readonly MethodInfo s_misaligned = RuntimeMembers.Method(typeof(TrapHelpers), nameof(TrapHelpers.HeapMisaligned));
    private static readonly MethodInfo s_fence = Helper(typeof(AtomicOps), nameof(AtomicOps.Fence));
    private static readonly MethodInfo s_notify = RuntimeMembers.Method(typeof(WaitQueue), nameof(WaitQueue.Notify), typeof(nint), typeof(int), typeof(int), typeof(InstanceContext));
    private static readonly MethodInfo s_wait32 = RuntimeMembers.Method(typeof(WaitQueue), nameof(WaitQueue.Wait32), typeof(nint), typeof(int), typeof(long), typeof(int), typeof(InstanceContext));
    private static readonly MethodInfo s_wait64 = RuntimeMembers.Method(typeof(WaitQueue), nameof(WaitQueue.Wait64), typeof(nint), typeof(long), typeof(long), typeof(int), typeof(InstanceContext));

    /// <summary>Emits the 0xFE instruction whose prefix was just read.</summary>
    public static void Emit(FunctionCompiler c, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        if (AtomicOperands.ReadAccess(ref reader, out uint op) is not (int memory, ulong offset, ulong size))
        {
            il.Emit(OpCodes.Call, s_fence);
            return;
        }

        if (op <= 0x02)
        {
            // notify [at i32] / wait32 [at i32 i64] / wait64 [at i64 i64] -> [i32]
            ValType[] operands = op switch
            {
                0x00 => [ValType.I32],
                0x01 => [ValType.I32, ValType.I64],
                _ => [ValType.I64, ValType.I64],
            };
            EmitAddressUnderOperands(c, operands, memory, offset, size, boundsBeforeAlignment: true);
            c.EmitInt(memory);
            c.EmitContext();
            il.Emit(OpCodes.Call, op switch { 0x00 => s_notify, 0x01 => s_wait32, _ => s_wait64 });
            c.Push(ValType.I32);
            return;
        }

        int k = (int)(op - 0x10) % 7;
        int group = (int)(op - 0x10) / 7;
        bool is64 = k == 1 || k >= 4;
        ValType type = is64 ? ValType.I64 : ValType.I32;

        // Narrow i64 accesses go through the 32-bit-operand helpers and widen the result unsigned.
        bool narrow64 = is64 && size < 8;
        switch (group)
        {
            case 0:
                EmitAddressUnderOperands(c, [], memory, offset, size);
                il.Emit(OpCodes.Call, Helper(typeof(AtomicOps), "Load" + size * 8));
                break;
            case 1:
                EmitAddressUnderOperands(c, [type], memory, offset, size, narrow64);
                il.Emit(OpCodes.Call, Helper(typeof(AtomicOps), "Store" + size * 8));
                return;
            case 8:
                EmitAddressUnderOperands(c, [type, type], memory, offset, size, narrow64);
                il.Emit(OpCodes.Call, Helper(typeof(AtomicOps), "Cmpxchg" + size * 8));
                break;
            default:
                EmitAddressUnderOperands(c, [type], memory, offset, size, narrow64);
                c.EmitInt(group - 2);
                il.Emit(OpCodes.Call, Helper(typeof(AtomicOps), "Rmw" + size * 8));
                break;
        }

        if (narrow64)
        {
            il.Emit(OpCodes.Conv_U8);
        }

        c.Push(type);
    }

    /// <summary>
    /// With the address below <paramref name="operands"/> on the stack: saves the operands, checks
    /// alignment and bounds, leaves the native address and reloads the operands above it (i64
    /// operands wrapped to i32 when <paramref name="wrap64"/>). Pops all from the type stack. With
    /// <paramref name="boundsBeforeAlignment"/> (notify and wait), an effective address that does not
    /// fit the memory's index type is out of bounds before it is misaligned, as in Wasmtime, whose
    /// libcalls for these take the address as one 64-bit value (the threads proposal does not order
    /// the two traps of an access that fails both).
    /// </summary>
    private static void EmitAddressUnderOperands(FunctionCompiler c, ValType[] operands, int memory, ulong offset, ulong size, bool wrap64 = false, bool boundsBeforeAlignment = false)
    {
        ILGenerator il = c.IL;
        var saved = new LocalBuilder[operands.Length];
        for (int i = operands.Length - 1; i >= 0; i--)
        {
            saved[i] = c.RentScratch(ClrTypes.Of(operands[i]));
            il.Emit(OpCodes.Stloc, saved[i]);
        }

        c.Pop(operands.Length + 1);

        if (boundsBeforeAlignment && offset != 0)
        {
            Label fits = il.DefineLabel();
            il.Emit(OpCodes.Dup);
            if (c.Module.Memories[memory].Is64)
            {
                // address + offset overflows 64 bits when address > ulong.MaxValue - offset.
                il.Emit(OpCodes.Ldc_I8, unchecked((long)(ulong.MaxValue - offset)));
            }
            else
            {
                il.Emit(OpCodes.Conv_U8);
                il.Emit(OpCodes.Ldc_I8, (long)offset);
                il.Emit(OpCodes.Add);
                il.Emit(OpCodes.Ldc_I8, (long)uint.MaxValue);
            }

            il.Emit(OpCodes.Ble_Un, fits);
            c.EmitTrap(RuntimeMembers.MemoryOutOfBounds);
            il.MarkLabel(fits);
        }

        // The native base is page-aligned, so the effective address's low bits decide alignment;
        // they are those of (int)address + (int)offset, whatever the address width.
        Label aligned = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Conv_I4);
        if ((int)offset != 0)
        {
            c.EmitInt((int)offset);
            il.Emit(OpCodes.Add);
        }

        c.EmitInt((int)size - 1);
        il.Emit(OpCodes.And);
        il.Emit(OpCodes.Brfalse, aligned);
        c.EmitTrap(s_misaligned);
        il.MarkLabel(aligned);
        c.EmitEffectiveAddress(memory, offset, size);
        for (int i = 0; i < operands.Length; i++)
        {
            il.Emit(OpCodes.Ldloc, saved[i]);
            c.ReturnScratch(saved[i]);
            if (wrap64 && operands[i] == ValType.I64)
            {
                il.Emit(OpCodes.Conv_I4);
            }
        }
    }

    private static MethodInfo Helper([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type type, string name) => RuntimeMembers.Method(type, name);
}
