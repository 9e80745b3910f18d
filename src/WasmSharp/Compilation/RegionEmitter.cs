using System.Diagnostics.CodeAnalysis;
using System.Reflection;
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
        (RegionOutcome outcome, ValType[][] exitTypes, LocalBuilder code) = EmitInvocation(c, region, number, c.Control.Count, null, ref reader);
        Label fallThrough = EmitExits(c, outcome, exitTypes, code);

        // Code 0 cannot come back from a region that never ends normally, but the dispatch still
        // branches here: the label is marked, and what follows is unreachable.
        c.IL.MarkLabel(fallThrough);
        if (outcome.FallsThrough)
        {
            EmitLoadValues(c, outcome.Results);
        }
        else
        {
            EmitUnreachable(c);
            c.MarkUnreachable();
        }
    }

    /// <summary>
    /// In the function, at the start of <paramref name="region"/>, a <see cref="SwitchSpan"/>
    /// armed by its table: emits an entry stub for every way in (falling in, each label inside
    /// the span something branched to, and <paramref name="tableStub"/>, where the table left
    /// its index in <paramref name="selector"/>), the call, the exits, and the end of the span's
    /// last block; pops the blocks it closes and moves <paramref name="reader"/> past them.
    /// Returns false, emitting nothing, when nothing enters the span (its code is dead).
    /// </summary>
    public static bool EmitSpanCall(FunctionCompiler c, RegionPlan region, int number, LocalBuilder selector, Label? tableStub, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        SwitchSpan span = region.Span!;
        var entered = new bool[span.Closes];
        entered[0] = !c.Unreachable;
        for (int j = 1; j < span.Closes; j++)
        {
            entered[j] = c.Control[^j].Targeted;
        }

        if (!entered.Contains(true) && tableStub is null)
        {
            return false;
        }

        Label call = il.DefineLabel();
        for (int j = 0; j < span.Closes; j++)
        {
            if (!entered[j])
            {
                continue;
            }

            if (j > 0)
            {
                il.MarkLabel(c.Control[^j].Label);
            }

            c.EmitInt(span.DirectSelector(j));
            il.Emit(OpCodes.Stloc, selector);
            il.Emit(OpCodes.Br, call);
        }

        if (tableStub is Label stub)
        {
            il.MarkLabel(stub);
            if (span.FirstIndex != 0)
            {
                il.Emit(OpCodes.Ldloc, selector);
                c.EmitInt(span.FirstIndex);
                il.Emit(OpCodes.Sub);
                il.Emit(OpCodes.Stloc, selector);
            }

            il.Emit(OpCodes.Br, call);
        }

        il.MarkLabel(call);
        int outer = c.Control.Count - span.Closes;
        ControlFrame last = c.Control[outer];
        (RegionOutcome outcome, ValType[][] exitTypes, LocalBuilder code) = EmitInvocation(c, region, number, outer, selector, ref reader);
        c.Control.RemoveRange(outer, span.Closes);
        Label fallThrough = EmitExits(c, outcome, exitTypes, code);
        il.MarkLabel(fallThrough);
        if (!outcome.FallsThrough)
        {
            EmitUnreachable(c);
        }

        // The end of the span's last block, as ControlEmitter would compile it.
        if (last.Targeted)
        {
            il.MarkLabel(last.Label);
        }

        c.ResetStack(last.BaseHeight, []);
        c.SetReachable(outcome.FallsThrough || last.Targeted);
        if (c.Unreachable)
        {
            c.MarkUnreachable();
        }

        return true;
    }

    /// <summary>
    /// In a span region (see <see cref="SwitchSpan"/>), before its first instruction: opens the
    /// ladder blocks it closes and jumps, by the selector in value slot 0, to the start or to the
    /// end of one of them.
    /// </summary>
    public static void EmitSpanDispatch(FunctionCompiler c, SwitchSpan span, int[] tableDepths)
    {
        ILGenerator il = c.IL;
        // Block B(s + j) for j = Closes (outermost) down to 1; all but the last are entered at their end.
        var blocks = new ControlFrame[span.Closes + 1];
        for (int j = span.Closes; j >= 1; j--)
        {
            blocks[j] = new ControlFrame(FrameKind.Block, il.DefineLabel(), [], [], 0) { Targeted = j < span.Closes };
            c.Control.Add(blocks[j]);
        }

        Label start = il.DefineLabel();
        Label invalid = il.DefineLabel();
        Label Entry(int j) => j == 0 ? start : blocks[j].Label;
        var labels = new Label[span.SelectorCount];
        for (int i = 0; i < span.IndexCount; i++)
        {
            int j = tableDepths[span.FirstIndex + i] - span.FirstDepth;
            labels[i] = j >= 0 && j < span.Closes ? Entry(j) : invalid;
        }

        for (int j = 0; j < span.Closes; j++)
        {
            labels[span.DirectSelector(j)] = Entry(j);
        }

        EmitSlot(c, c.ValueSlotBase);
        il.Emit(OpCodes.Ldind_I4);
        ControlEmitter.EmitSwitch(il, labels);
        il.MarkLabel(invalid);
        EmitUnreachable(c);
        il.MarkLabel(start);
    }

    // Compiles `region` with the function's `exitCount` outermost labels as its exits, and emits its
    // call: the locals it uses (and `selector`, if any, in value slot 0) stored to the frame, the
    // call, its code in the returned local, and the locals it wrote reloaded.
    private static (RegionOutcome Outcome, ValType[][] ExitTypes, LocalBuilder Code) EmitInvocation(
        FunctionCompiler c, RegionPlan region, int number, int exitCount, LocalBuilder? selector, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        var exitTypes = new ValType[exitCount][];
        for (int i = 0; i < exitTypes.Length; i++)
        {
            exitTypes[i] = c.Control[i].LabelTypes;
        }

        MethodInfo method;
        RegionOutcome outcome;
        // A region compiled for the function's other variant is shared, unless it holds the loop
        // an on-stack replacement entry keeps (a straight-line piece that went on past it).
        if (c.Compilation.SharedRegions?.TryGet(c.FunctionIndex, region, exitCount, out method, out outcome) != true
            || c.Keeps(region.Start, outcome.End))
        {
            MethodBuilder builder = c.Compilation.DefineRegion(c.FunctionIndex, number);
            var compiler = new FunctionCompiler(c.Compilation, c.FunctionIndex, c.Compilation.Generator(builder), region, exitTypes, c) { MethodName = builder.Name };
            outcome = compiler.CompileRegion();
            c.Compilation.Sites[builder.Name] = compiler.Sites.Build();
            if (c.Compilation.SharedRegions is not null)
            {
                c.Compilation.CompiledRegions.Add((c.FunctionIndex, region, exitCount, builder.Name, outcome));
            }

            method = builder;
        }

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

        if (selector is not null)
        {
            EmitSlot(c, c.ValueSlotBase);
            il.Emit(OpCodes.Ldloc, selector);
            il.Emit(OpCodes.Stind_I4);
        }

        il.Emit(OpCodes.Ldloc, c.FrameBuffer!);
        c.EmitContext();
        il.Emit(OpCodes.Call, method);
        if (outcome.MayReturnPendingTrap)
        {
            // The region's calls returned with a trap pending, and so did it.
            c.PendingTrapExits.EmitCheck(typeof(int));
        }

        LocalBuilder code = c.RentScratch(typeof(int));
        il.Emit(OpCodes.Stloc, code);
        if (outcome.MayMoveMemory)
        {
            c.EmitMemoryReload(afterCall: true);
        }

        foreach (int local in outcome.Written)
        {
            EmitSlot(c, local);
            EmitLoad(il, c.LocalType(local));
            c.EmitLocalSet(local);
        }

        return (outcome, exitTypes, code);
    }

    // After a region's call, its code in `code`: branches to the exits it took, each with its
    // label's values loaded from the value slots; returns the label (not yet marked) code 0 goes to.
    private static Label EmitExits(FunctionCompiler c, RegionOutcome outcome, ValType[][] exitTypes, LocalBuilder code)
    {
        ILGenerator il = c.IL;

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

        return fallThrough;
    }

    private static void EmitUnreachable(FunctionCompiler c)
    {
        c.IL.Emit(OpCodes.Call, RuntimeMembers.CreateUnreachable);
        c.IL.Emit(OpCodes.Throw);
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
        c.EmitMethodReturn();
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
