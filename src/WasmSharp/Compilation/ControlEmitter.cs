using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the control instructions (spec 4.4.8 "Control Instructions") and the parametric ones
/// (<c>drop</c>, <c>select</c>): structured blocks over IL labels, branches, calls.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class ControlEmitter
{
    private static readonly MethodInfo s_resolveIndirect = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.ResolveIndirect));
    private static readonly MethodInfo s_tableIndex64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableIndex));
    private static readonly MethodInfo s_nullFunction = RuntimeMembers.Method(typeof(TrapHelpers), nameof(TrapHelpers.NullFunctionReference));
    private static readonly MethodInfo s_stringData = typeof(string).GetMethod(nameof(string.GetPinnableReference), Type.EmptyTypes)!;

    /// <summary>
    /// Emits instruction <paramref name="op"/> (0x00-0x1C, 0x1F); tail calls go to
    /// <see cref="TailCallEmitter"/>, exception instructions to <see cref="ExceptionEmitter"/>.
    /// </summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (op)
        {
            case 0x00:
                c.EmitTrap(RuntimeMembers.CreateUnreachable);
                c.MarkUnreachable();
                break;
            case 0x01:
                break;
            case 0x02:
            case 0x03:
            {
                (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, c.Module);
                var frame = new ControlFrame(op == 0x02 ? FrameKind.Block : FrameKind.Loop, il.DefineLabel(), parameters, results, c.StackHeight - parameters.Length)
                {
                    Region = c.TryDepth,
                };
                c.Control.Add(frame);
                if (op == 0x03)
                {
                    il.MarkLabel(frame.Label);
                    c.MarkLoopEntry();
                    c.EmitLoopHeader();
                }

                break;
            }

            case 0x04:
            {
                (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, c.Module);
                c.Pop();
                var frame = new ControlFrame(FrameKind.If, il.DefineLabel(), parameters, results, c.StackHeight - parameters.Length)
                {
                    ElseLabel = il.DefineLabel(),
                    Region = c.TryDepth,
                };
                c.Control.Add(frame);
                il.Emit(OpCodes.Brfalse, frame.ElseLabel);
                break;
            }

            case 0x05:
                EmitElse(c);
                break;
            case 0x0B:
                EmitEnd(c);
                break;
            case 0x0C:
                EmitBr(c, c.Control[^(reader.ReadCount() + 1)]);
                break;
            case 0x0D:
                EmitBrIf(c, c.Control[^(reader.ReadCount() + 1)]);
                break;
            case 0x0E:
                EmitBrTable(c, ref reader);
                break;
            case 0x0F:
                EmitBr(c, c.Control[0]);
                break;
            case 0x10:
                EmitCall(c, reader.ReadCount());
                break;
            case 0x11:
                int typeIndex = reader.ReadCount();
                int table = reader.ReadCount();
                EmitCallIndirect(c, typeIndex, table);
                break;
            case 0x12:
                TailCallEmitter.EmitReturnCall(c, reader.ReadCount());
                break;
            case 0x13:
                int tailTypeIndex = reader.ReadCount();
                int tailTable = reader.ReadCount();
                TailCallEmitter.EmitReturnCallIndirect(c, tailTypeIndex, tailTable);
                break;
            case 0x14:
                EmitCallRef(c, reader.ReadCount());
                break;
            case 0x15:
                TailCallEmitter.EmitReturnCallRef(c, reader.ReadCount());
                break;
            case 0x06:
            case 0x07:
            case 0x08:
            case 0x09:
            case 0x0A:
            case 0x18:
            case 0x19:
            case 0x1F:
                ExceptionEmitter.Emit(c, op, ref reader);
                break;
            case 0x1A:
                c.Pop();
                il.Emit(OpCodes.Pop);
                break;
            case 0x1B:
            case 0x1C:
                if (op == 0x1C)
                {
                    int count = reader.ReadCount();
                    for (int i = 0; i < count; i++)
                    {
                        OperandReader.ReadValType(ref reader);
                    }
                }

                EmitSelect(c);
                break;
            default:
                throw new NotSupportedException($"opcode 0x{op:X2} is not supported by the compiler yet");
        }
    }

    /// <summary>
    /// Emits a call of function <paramref name="function"/>: a direct IL call for defined
    /// functions, a <c>calli</c> through the function's <see cref="FuncRef"/> for imports (and for
    /// functions outside a tier-up batch, see <see cref="ModuleCompilation.CallsThroughReference"/>).
    /// </summary>
    public static void EmitCall(FunctionCompiler c, int function)
    {
        ILGenerator il = c.IL;
        c.NoteCall();
        FuncType type = c.Module.GetFunctionType(function);
        if (c.Compilation.CallsThroughReference(function))
        {
            c.EmitContext();
            il.Emit(OpCodes.Ldfld, RuntimeMembers.Functions);
            c.EmitInt(function);
            il.Emit(OpCodes.Ldelem_Ref);
            EmitCalliThroughFuncRef(c, type);
        }
        else
        {
            c.EmitContext();
            il.Emit(OpCodes.Call, c.Compilation.Methods[function - c.Module.ImportedFunctionCount]!);
        }

        c.Pop(type.Params.Count);
        c.PendingTrapExits.EmitAfterCall(function, PackedResults(type));
        PushResults(c, type);
        c.EmitMemoryReloadAfterCall(function);
    }

    // call_ref (typed function references): the static type gives the calli signature.
    private static void EmitCallRef(FunctionCompiler c, int typeIndex)
    {
        var type = (FuncType)c.Module.Types[typeIndex].Composite;
        c.NoteCall();
        EmitNullFunctionCheck(c);
        c.Pop();
        EmitCalliThroughFuncRef(c, type);
        c.Pop(type.Params.Count);
        c.PendingTrapExits.EmitCheck(PackedResults(type));
        PushResults(c, type);
        c.EmitMemoryReload(afterCall: true);
    }

    /// <summary>With a function reference on the stack, traps with "null function reference" when it is null and casts it to <see cref="FuncRef"/>.</summary>
    public static void EmitNullFunctionCheck(FunctionCompiler c)
    {
        ILGenerator il = c.IL;
        Label ok = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, ok);
        c.EmitTrap(s_nullFunction);
        il.MarkLabel(ok);
        il.Emit(OpCodes.Castclass, typeof(FuncRef));
    }

    /// <summary>
    /// Emits <c>switch</c> over <paramref name="labels"/>. With none (a <c>br_table</c> of only a
    /// default), a <c>pop</c>, which is what such a switch does: <c>PersistedAssemblyBuilder</c>'s
    /// IL generator rejects a switch without targets (ArgumentOutOfRangeException "branchCount").
    /// </summary>
    public static void EmitSwitch(ILGenerator il, Label[] labels)
    {
        if (labels.Length == 0)
        {
            il.Emit(OpCodes.Pop);
            return;
        }

        il.Emit(OpCodes.Switch, labels);
    }

    private static void EmitCallIndirect(FunctionCompiler c, int typeIndex, int table)
    {
        ILGenerator il = c.IL;
        c.NoteCall();
        var type = (FuncType)c.Module.Types[typeIndex].Composite;
        if (c.Module.Tables[table].Type.Is64)
        {
            il.Emit(OpCodes.Call, s_tableIndex64);
        }

        c.EmitInt(table);
        c.Compilation.EmitTypeId(il, c.Compilation.TypeIds[typeIndex]);
        c.EmitContext();
        il.Emit(OpCodes.Call, s_resolveIndirect);
        c.Pop();
        EmitCalliThroughFuncRef(c, type);
        c.Pop(type.Params.Count);
        c.PendingTrapExits.EmitCheck(PackedResults(type));
        PushResults(c, type);
        c.EmitMemoryReload(afterCall: true);
    }

    /// <summary>Stack: [args..., FuncRef] → results, calling FuncRef.Code with FuncRef.Context as cx.</summary>
    public static void EmitCalliThroughFuncRef(FunctionCompiler c, FuncType type, bool tail = false)
    {
        ILGenerator il = c.IL;
        LocalBuilder func = c.RentScratch(typeof(FuncRef));
        il.Emit(OpCodes.Stloc, func);
        il.Emit(OpCodes.Ldloc, func);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.FuncContext);
        il.Emit(OpCodes.Ldloc, func);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.FuncCode);
        c.ReturnScratch(func);
        if (tail)
        {
            il.Emit(OpCodes.Tailcall);
        }

        il.EmitCalli(OpCodes.Calli, CallingConventions.Standard, ClrTypes.Return(type.Results), ClrTypes.Parameters(type), null);
    }

    // What a call of `type` leaves on the IL stack: its packed results, or nothing.
    private static Type? PackedResults(FuncType type) => type.Results.Count > 0 ? ClrTypes.Return(type.Results) : null;

    private static void PushResults(FunctionCompiler c, FuncType type)
    {
        if (type.Results.Count >= 2)
        {
            LocalBuilder tuple = c.RentScratch(ClrTypes.Return(type.Results));
            ClrTypes.EmitUnpack(c.IL, type.Results, tuple);
            c.ReturnScratch(tuple);
        }

        foreach (ValType result in type.Results)
        {
            c.Push(result);
        }
    }

    private static void EmitElse(FunctionCompiler c)
    {
        ControlFrame frame = c.Control[^1];
        if (!c.Unreachable)
        {
            // The then-branch's results are on the stack, exactly as the end label expects.
            c.IL.Emit(OpCodes.Br, frame.Label);
            frame.Targeted = true;
        }

        c.IL.MarkLabel(frame.ElseLabel);
        frame.HasElse = true;
        c.ResetStack(frame.BaseHeight, frame.Params);
        c.SetReachable(true);
    }

    private static void EmitEnd(FunctionCompiler c)
    {
        if (c.Control[^1].Try is not null)
        {
            ExceptionEmitter.EmitEnd(c);
            return;
        }

        ControlFrame frame = c.Control[^1];
        c.Control.RemoveAt(c.Control.Count - 1);
        bool reachable = !c.Unreachable;
        switch (frame.Kind)
        {
            case FrameKind.Function:
                if (frame.Targeted)
                {
                    c.IL.MarkLabel(frame.Label);
                }

                if (reachable || frame.Targeted)
                {
                    c.ResetStack(0, frame.Results);
                    c.EmitReturn();
                }

                return;
            case FrameKind.If when !frame.HasElse:
                // The implicit else passes the parameters through; validation made them the results.
                c.IL.MarkLabel(frame.ElseLabel);
                reachable = true;
                goto default;
            case FrameKind.Loop:
                break;
            default:
                if (frame.Targeted)
                {
                    c.IL.MarkLabel(frame.Label);
                    reachable = true;
                }

                break;
        }

        c.ResetStack(frame.BaseHeight, frame.Results);
        c.SetReachable(reachable);
        if (!reachable)
        {
            c.MarkUnreachable();
        }
    }

    private static void EmitBr(FunctionCompiler c, ControlFrame target)
    {
        c.EmitBranch(target);
        c.MarkUnreachable();
    }

    private static void EmitBrIf(FunctionCompiler c, ControlFrame target)
    {
        ILGenerator il = c.IL;
        c.Pop();
        target.Targeted = true;
        if (c.BranchIsDirect(target))
        {
            il.Emit(OpCodes.Brtrue, target.Label);
            return;
        }

        Label skip = il.DefineLabel();
        il.Emit(OpCodes.Brfalse, skip);
        c.EmitBranch(target);
        il.MarkLabel(skip);
    }

    private static void EmitBrTable(FunctionCompiler c, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        int tableOffset = reader.Position - 1;
        int count = reader.ReadCount();
        var depths = new int[count];
        for (int i = 0; i < count; i++)
        {
            depths[i] = reader.ReadCount();
        }

        int defaultDepth = reader.ReadCount();
        c.Pop();
        if (c.ConstantSwitches.TryGetValue(tableOffset, out ConstantSwitch? lookup))
        {
            EmitLookupTable(c, depths, defaultDepth, lookup);
            return;
        }

        c.Spans?.Arm(tableOffset);

        // Targets that need their stack adjusted go through one trampoline per depth.
        var trampolines = new Dictionary<int, Label>();
        var labels = new Label[count];
        bool routed = false;
        for (int i = 0; i < count; i++)
        {
            if (c.Spans is { } spans && spans.TryRoute(tableOffset, i, depths[i], out Label stub))
            {
                // A case body in a region of its own: its stub passes the index on (see SwitchSpan).
                labels[i] = stub;
                routed = true;
                continue;
            }

            labels[i] = TableTarget(c, depths[i], trampolines);
        }

        if (routed)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stloc, c.Spans!.Selector);
        }

        EmitSwitch(il, labels);
        ControlFrame fallback = c.Control[^(defaultDepth + 1)];
        c.EmitBranch(fallback);
        foreach ((int depth, Label trampoline) in trampolines)
        {
            il.MarkLabel(trampoline);
            c.EmitBranch(c.Control[^(depth + 1)]);
        }

        c.MarkUnreachable();
    }

    // A br_table whose cases set one local to a constant (see ConstantSwitch): the entries that
    // reach such a case go to one block that reads the constant from a table and branches to
    // where every case goes. The table is a string literal, two chars an entry: the JIT embeds a
    // literal's address, and a collectible assembly can hold no data of its own.
    private static void EmitLookupTable(FunctionCompiler c, int[] depths, int defaultDepth, ConstantSwitch lookup)
    {
        ILGenerator il = c.IL;
        LocalBuilder index = c.RentScratch(typeof(int));
        il.Emit(OpCodes.Stloc, index);
        Label read = il.DefineLabel();
        var trampolines = new Dictionary<int, Label>();
        var labels = new Label[depths.Length];
        for (int i = 0; i < depths.Length; i++)
        {
            labels[i] = lookup.IsConstant[i] ? read : TableTarget(c, depths[i], trampolines);
        }

        il.Emit(OpCodes.Ldloc, index);
        EmitSwitch(il, labels);
        if (lookup.IsConstant[depths.Length])
        {
            il.Emit(OpCodes.Ldc_I4, depths.Length);
            il.Emit(OpCodes.Stloc, index);
            il.Emit(OpCodes.Br, read);
        }
        else
        {
            c.EmitBranch(c.Control[^(defaultDepth + 1)]);
        }

        foreach ((int depth, Label trampoline) in trampolines)
        {
            il.MarkLabel(trampoline);
            c.EmitBranch(c.Control[^(depth + 1)]);
        }

        var table = new char[lookup.Values.Length * 2];
        for (int i = 0; i < lookup.Values.Length; i++)
        {
            table[2 * i] = (char)lookup.Values[i];
            table[(2 * i) + 1] = (char)(lookup.Values[i] >> 16);
        }

        il.MarkLabel(read);
        il.Emit(OpCodes.Ldstr, new string(table));
        il.Emit(OpCodes.Call, s_stringData);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Conv_U);
        il.Emit(OpCodes.Ldc_I4_4);
        il.Emit(OpCodes.Mul);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Ldind_I4);
        c.ReturnScratch(index);
        c.Push(ValType.I32);
        c.Pop();
        c.EmitLocalSet(lookup.Local);
        c.EmitBranch(c.Control[^(lookup.TargetDepth + 1)]);
        c.MarkUnreachable();
    }

    // The label a br_table entry of depth `depth` jumps to: the frame's own, or a trampoline per
    // depth for branches that adjust the stack.
    private static Label TableTarget(FunctionCompiler c, int depth, Dictionary<int, Label> trampolines)
    {
        ControlFrame frame = c.Control[^(depth + 1)];
        frame.Targeted = true;
        if (c.BranchIsDirect(frame))
        {
            return frame.Label;
        }

        if (!trampolines.TryGetValue(depth, out Label trampoline))
        {
            trampoline = c.IL.DefineLabel();
            trampolines[depth] = trampoline;
        }

        return trampoline;
    }

    private static void EmitSelect(FunctionCompiler c)
    {
        ILGenerator il = c.IL;
        c.Pop();
        ValType type = c.Pop();
        LocalBuilder condition = c.RentScratch(typeof(int));
        LocalBuilder second = c.RentScratch(ClrTypes.Of(type));
        il.Emit(OpCodes.Stloc, condition);
        il.Emit(OpCodes.Stloc, second);
        Label keep = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, condition);
        il.Emit(OpCodes.Brtrue, keep);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, second);
        il.MarkLabel(keep);
        c.ReturnScratch(condition);
        c.ReturnScratch(second);
    }
}
