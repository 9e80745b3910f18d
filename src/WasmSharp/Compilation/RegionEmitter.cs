using System.Diagnostics.CodeAnalysis;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits both sides of a region of a split function (see <see cref="RegionPlanner"/>). The
/// function keeps a frame buffer of 16-byte slots on its stack: slot <c>i</c> holds local
/// <c>i</c>, the slots from <see cref="FunctionCompiler.ValueSlotBase"/> hold the values a region
/// hands back. The function stores the locals the region uses, calls <c>F{n}_{k}(frame, cx)</c>
/// and reloads the locals the region wrote; the returned code says how the region ended: 0 past
/// its <c>end</c> with its results in the value slots, <c>i + 1</c> by a branch to the function's
/// <c>i</c>-th enclosing label (0 is the function itself, that is <c>return</c>) with that label's
/// values in the value slots. The function then makes that branch itself.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class RegionEmitter
{
    private const int SlotSize = 16;

    /// <summary>
    /// Frame buffers larger than this come from the heap instead of the stack: a function with
    /// 50,000 locals needs 800 KB of slots, more than the whole wasm stack budget
    /// (<see cref="Config.DefaultMaxWasmStack"/>, 512 KiB).
    /// </summary>
    private const int MaxStackFrameBuffer = 64 * 1024;

    /// <summary>Emits, at function entry, the frame buffer of <paramref name="slots"/> slots and returns the local holding its address.</summary>
    public static LocalBuilder EmitFrameBuffer(FunctionCompiler c, int slots)
    {
        ILGenerator il = c.IL;
        LocalBuilder frame = il.DeclareLocal(typeof(nint));
        c.EmitInt(slots * SlotSize);
        if (slots * SlotSize <= MaxStackFrameBuffer)
        {
            il.Emit(OpCodes.Conv_U);
            il.Emit(OpCodes.Localloc);
        }
        else
        {
            // A pinned local keeps the array in place until the method returns.
            LocalBuilder array = il.DeclareLocal(typeof(byte[]), pinned: true);
            il.Emit(OpCodes.Newarr, typeof(byte));
            il.Emit(OpCodes.Stloc, array);
            il.Emit(OpCodes.Ldloc, array);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ldelema, typeof(byte));
            il.Emit(OpCodes.Conv_U);
        }

        il.Emit(OpCodes.Stloc, frame);
        return frame;
    }

    /// <summary>
    /// In the function, at the first instruction of <paramref name="region"/> (its opcode already
    /// read): compiles the region's method, emits its call and the exits, and moves
    /// <paramref name="reader"/> to where the function resumes.
    /// </summary>
    public static void EmitCall(FunctionCompiler c, RegionPlan region, int number, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        var exitTypes = new ValType[c.Control.Count][];
        for (int i = 0; i < exitTypes.Length; i++)
        {
            exitTypes[i] = c.Control[i].LabelTypes;
        }

        MethodBuilder method = c.Compilation.DefineRegion(c.FunctionIndex, number);
        var compiler = new FunctionCompiler(c.Compilation, c.FunctionIndex, method.GetILGenerator(), region, exitTypes, c);
        RegionOutcome outcome = compiler.CompileRegion();
        reader.Position = outcome.End;

        // The operands the region starts with go to the value slots; the locals, to theirs.
        EmitStoreValues(c, region.EntryTypes?.Length ?? 0);
        c.Pop(region.EntryTypes?.Length ?? 0);
        foreach (int local in outcome.Locals)
        {
            EmitSlot(c, local);
            c.EmitLocalGet(local);
            EmitStore(il, c.LocalType(local));
        }

        il.Emit(OpCodes.Ldloc, c.FrameBuffer!);
        c.EmitContext();
        il.Emit(OpCodes.Call, method);
        if (c.Facts.MayReturnPendingTrap)
        {
            // The region's calls returned with a trap pending, and so did it.
            c.PendingTrapExits.EmitCheck(typeof(int));
        }

        LocalBuilder code = c.RentScratch(typeof(int));
        il.Emit(OpCodes.Stloc, code);
        c.EmitMemoryReload(afterCall: true);
        foreach (int local in outcome.Written)
        {
            EmitSlot(c, local);
            EmitLoad(il, c.LocalType(local));
            c.EmitLocalSet(local);
        }

        // Dispatch on the code, over the exits the region can take only: a function nested
        // thousands of blocks deep (a C switch) must not get a jump table that long per call.
        Label fallThrough = il.DefineLabel();
        var exits = new Label[exitTypes.Length];
        int taken = 0;
        for (int i = 0; i < exitTypes.Length; i++)
        {
            if (outcome.ExitsTaken[i])
            {
                exits[i] = il.DefineLabel();
                taken++;
            }
        }

        if (taken > 0)
        {
            il.Emit(OpCodes.Ldloc, code);
            il.Emit(OpCodes.Brfalse, fallThrough);
            for (int i = 0; i < exitTypes.Length; i++)
            {
                if (outcome.ExitsTaken[i] && --taken > 0)
                {
                    il.Emit(OpCodes.Ldloc, code);
                    c.EmitInt(i + 1);
                    il.Emit(OpCodes.Beq, exits[i]);
                }
                else if (outcome.ExitsTaken[i])
                {
                    il.Emit(OpCodes.Br, exits[i]);
                }
            }
        }
        else
        {
            il.Emit(OpCodes.Br, fallThrough);
        }

        c.ReturnScratch(code);
        int height = c.StackHeight;
        for (int i = 0; i < exitTypes.Length; i++)
        {
            if (!outcome.ExitsTaken[i])
            {
                continue;
            }

            il.MarkLabel(exits[i]);
            EmitLoadValues(c, exitTypes[i]);
            c.EmitBranch(c.Control[i]);
            c.ResetStack(height, []);
        }

        // Code 0 cannot come back from a region that never ends normally, but the dispatch still
        // branches here: the label is marked, and what follows is unreachable.
        il.MarkLabel(fallThrough);
        if (outcome.FallsThrough)
        {
            EmitLoadValues(c, outcome.Results);
        }
        else
        {
            il.Emit(OpCodes.Call, RuntimeMembers.CreateUnreachable);
            il.Emit(OpCodes.Throw);
            c.MarkUnreachable();
        }
    }

    /// <summary>In a region, at entry: loads <paramref name="locals"/> from the frame.</summary>
    public static void EmitLoadLocals(FunctionCompiler c, int[] locals)
    {
        foreach (int local in locals)
        {
            EmitSlot(c, local);
            EmitLoad(c.IL, c.LocalType(local));
            c.EmitLocalSet(local);
        }
    }

    /// <summary>
    /// In a region, with the <paramref name="values"/> values an exit carries on the IL stack (and
    /// nothing else): stores them to the frame and goes to the common return with
    /// <paramref name="exitCode"/> in <paramref name="code"/>.
    /// </summary>
    public static void EmitExit(FunctionCompiler c, int values, int exitCode, LocalBuilder code, Label commonReturn)
    {
        ILGenerator il = c.IL;
        EmitStoreValues(c, values);
        c.EmitInt(exitCode);
        il.Emit(OpCodes.Stloc, code);
        il.Emit(OpCodes.Br, commonReturn);
    }

    /// <summary>In a region, the common return: stores the <paramref name="written"/> locals to the frame and returns <paramref name="code"/>.</summary>
    public static void EmitCommonReturn(FunctionCompiler c, int[] written, LocalBuilder code, Label commonReturn)
    {
        ILGenerator il = c.IL;
        il.MarkLabel(commonReturn);
        foreach (int local in written)
        {
            EmitSlot(c, local);
            c.EmitLocalGet(local);
            EmitStore(il, c.LocalType(local));
        }

        il.Emit(OpCodes.Ldloc, code);
        il.Emit(OpCodes.Ret);
    }

    // Stores the top `values` operands (left on the tracked stack) into the value slots, in order.
    private static void EmitStoreValues(FunctionCompiler c, int values)
    {
        ILGenerator il = c.IL;
        for (int j = values - 1; j >= 0; j--)
        {
            ValType type = c.StackAt(c.StackHeight - values + j);
            LocalBuilder value = c.RentScratch(ClrTypes.Of(type));
            il.Emit(OpCodes.Stloc, value);
            EmitSlot(c, c.ValueSlotBase + j);
            il.Emit(OpCodes.Ldloc, value);
            EmitStore(il, type);
            c.ReturnScratch(value);
        }
    }

    /// <summary>Pushes values of <paramref name="types"/> from the value slots, tracking them as operands.</summary>
    public static void EmitLoadValues(FunctionCompiler c, ValType[] types)
    {
        for (int j = 0; j < types.Length; j++)
        {
            EmitSlot(c, c.ValueSlotBase + j);
            EmitLoad(c.IL, types[j]);
            c.Push(types[j]);
        }
    }

    // The address of frame slot `slot`: the frame is argument 0 of a region, a local of the function.
    private static void EmitSlot(FunctionCompiler c, int slot)
    {
        if (c.Region is null)
        {
            c.IL.Emit(OpCodes.Ldloc, c.FrameBuffer!);
        }
        else
        {
            c.IL.Emit(OpCodes.Ldarg_0);
        }

        if (slot != 0)
        {
            c.EmitInt(slot * SlotSize);
            c.IL.Emit(OpCodes.Add);
        }
    }

    private static void EmitLoad(ILGenerator il, ValType type) => EmitIndirect(il, type, load: true);

    private static void EmitStore(ILGenerator il, ValType type) => EmitIndirect(il, type, load: false);

    // A slot holds a value of any numeric or vector type; v128 slots are only 8-byte aligned.
    private static void EmitIndirect(ILGenerator il, ValType type, bool load)
    {
        if (type.Kind == ValKind.V128)
        {
            il.Emit(OpCodes.Unaligned, (byte)1);
            il.Emit(load ? OpCodes.Ldobj : OpCodes.Stobj, typeof(Vector128<byte>));
            return;
        }

        il.Emit(type.Kind switch
        {
            ValKind.I32 => load ? OpCodes.Ldind_I4 : OpCodes.Stind_I4,
            ValKind.I64 => load ? OpCodes.Ldind_I8 : OpCodes.Stind_I8,
            ValKind.F32 => load ? OpCodes.Ldind_R4 : OpCodes.Stind_R4,
            _ => load ? OpCodes.Ldind_R8 : OpCodes.Stind_R8,
        });
    }
}
