using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the exception-handling instructions (spec 4.4.8 <c>throw</c>, <c>throw_ref</c>,
/// <c>try_table</c>; and the legacy proposal's <c>try</c>, <c>catch</c>, <c>catch_all</c>,
/// <c>delegate</c>, <c>rethrow</c>). An exception is a <see cref="WasmException"/> thrown with IL
/// <c>throw</c>; its object is the <c>exnref</c>. A try block becomes an IL try region with one
/// handler for <see cref="WasmException"/> (behind a filter on the clauses' tags when a
/// <c>try_table</c> has no <c>catch_all</c>) that tests the clauses in order by tag identity and
/// rethrows when none matches, so traps, which are not <see cref="WasmException"/>s, are never
/// caught. Entering and leaving the region follows <see cref="TryRegion"/>.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class ExceptionEmitter
{
    private static readonly MethodInfo s_create = RuntimeMembers.Method(typeof(ExceptionHelpers), nameof(ExceptionHelpers.Create));
    private static readonly MethodInfo s_rethrow = RuntimeMembers.Method(typeof(ExceptionHelpers), nameof(ExceptionHelpers.Rethrow));
    private static readonly MethodInfo s_matches = RuntimeMembers.Method(typeof(ExceptionHelpers), nameof(ExceptionHelpers.Matches));
    private static readonly MethodInfo s_keepAlive = typeof(GC).GetMethod(nameof(GC.KeepAlive))!;
    private static readonly MethodInfo s_payload = typeof(WasmException).GetProperty(nameof(WasmException.RawPayload), BindingFlags.NonPublic | BindingFlags.Instance)!.GetMethod!;

    /// <summary>Emits exception instruction <paramref name="op"/>.</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (op)
        {
            case 0x08:
                EmitThrow(c, reader.ReadCount());
                break;
            case 0x0A:
                c.Pop();
                il.Emit(OpCodes.Call, s_rethrow);
                il.Emit(OpCodes.Throw);
                c.MarkUnreachable();
                break;
            case 0x1F:
            {
                (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, c.Module);
                int count = reader.ReadCount();
                var clauses = new List<(int Kind, int Tag, ControlFrame Target)>(count);
                for (int i = 0; i < count; i++)
                {
                    int kind = reader.ReadByte();
                    int tag = kind < 2 ? reader.ReadCount() : -1;
                    // Clause labels are relative to the try_table's enclosing context.
                    clauses.Add((kind, tag, c.Control[^(reader.ReadCount() + 1)]));
                }

                ControlFrame frame = EnterRegion(c, FrameKind.TryTable, parameters, results);
                frame.Try!.Clauses.AddRange(clauses);
                break;
            }

            case 0x06:
            {
                (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, c.Module);
                EnterRegion(c, FrameKind.Try, parameters, results);
                break;
            }

            case 0x07:
                BeginCatch(c, reader.ReadCount());
                break;
            case 0x19:
                BeginCatch(c, -1);
                break;
            case 0x09:
            {
                // rethrow: the exception caught by the enclosing legacy catch at that depth.
                ControlFrame frame = c.Control[^(reader.ReadCount() + 1)];
                il.Emit(OpCodes.Ldloc, frame.Try!.Exception!);
                il.Emit(OpCodes.Throw);
                c.MarkUnreachable();
                break;
            }

            case 0x18:
                EmitDelegate(c, reader.ReadCount());
                break;
            default:
                throw new NotSupportedException($"opcode 0x{op:X2} is not supported by the compiler yet");
        }
    }

    /// <summary>Emits the <c>end</c> of a <c>try_table</c> or legacy <c>try</c> frame (the innermost).</summary>
    public static void EmitEnd(FunctionCompiler c)
    {
        ControlFrame frame = c.Control[^1];
        TryRegion region = frame.Try!;
        ILGenerator il = c.IL;
        if (!c.Unreachable)
        {
            c.EmitBranch(frame);
        }

        if (frame.Kind == FrameKind.TryTable)
        {
            EmitTryTableHandler(c, frame);
        }
        else
        {
            if (!region.InHandler)
            {
                // A try without catch clauses still needs a handler: it passes everything on.
                il.BeginCatchBlock(typeof(WasmException));
                il.Emit(OpCodes.Call, s_keepAlive);
                il.Emit(OpCodes.Rethrow);
            }
            else if (region.NextCheck is Label next)
            {
                il.MarkLabel(next);
                il.Emit(OpCodes.Rethrow);
            }
        }

        CloseRegion(c, frame);
    }

    private static void EmitThrow(FunctionCompiler c, int tag)
    {
        ILGenerator il = c.IL;
        var signature = (FuncType)c.Module.Types[c.Module.Tags[tag].TypeIndex].Composite;
        IReadOnlyList<ValType> types = signature.Params;
        var values = new LocalBuilder[types.Count];
        for (int i = types.Count - 1; i >= 0; i--)
        {
            values[i] = c.RentScratch(ClrTypes.Of(types[i]));
            il.Emit(OpCodes.Stloc, values[i]);
        }

        c.EmitInt(types.Count);
        il.Emit(OpCodes.Newarr, typeof(ValRaw));
        for (int i = 0; i < types.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            c.EmitInt(i);
            il.Emit(OpCodes.Ldelema, typeof(ValRaw));
            il.Emit(OpCodes.Ldloc, values[i]);
            InvokerEmitter.EmitToRaw(il, types[i]);
            c.ReturnScratch(values[i]);
        }

        c.EmitInt(tag);
        c.EmitContext();
        il.Emit(OpCodes.Call, s_create);
        il.Emit(OpCodes.Throw);
        c.Pop(types.Count);
        c.MarkUnreachable();
    }

    // Spills every operand on the IL stack, opens the IL try block and reloads the parameters.
    private static ControlFrame EnterRegion(FunctionCompiler c, FrameKind kind, ValType[] parameters, ValType[] results)
    {
        ILGenerator il = c.IL;
        int baseHeight = c.StackHeight - parameters.Length;
        var arguments = new LocalBuilder[parameters.Length];
        for (int i = parameters.Length - 1; i >= 0; i--)
        {
            arguments[i] = c.RentScratch(ClrTypes.Of(parameters[i]));
            il.Emit(OpCodes.Stloc, arguments[i]);
        }

        // Fresh locals: pads after the region read them after scratch locals have been reused.
        var spill = new LocalBuilder[baseHeight - c.IlBase];
        for (int i = baseHeight - 1; i >= c.IlBase; i--)
        {
            spill[i - c.IlBase] = il.DeclareLocal(ClrTypes.Of(c.StackAt(i)));
            il.Emit(OpCodes.Stloc, spill[i - c.IlBase]);
        }

        var frame = new ControlFrame(kind, il.DefineLabel(), parameters, results, baseHeight)
        {
            Region = c.TryDepth,
            Try = new TryRegion(c.IlBase, spill),
        };
        c.Control.Add(frame);
        il.BeginExceptionBlock();
        c.TryDepth++;
        c.IlBase = baseHeight;
        foreach (LocalBuilder argument in arguments)
        {
            il.Emit(OpCodes.Ldloc, argument);
            c.ReturnScratch(argument);
        }

        return frame;
    }

    // catch (WasmException e): each clause in order either matches and leaves to its label with
    // the payload (and/or the exnref), or falls to the next; none matching rethrows.
    private static void EmitTryTableHandler(FunctionCompiler c, ControlFrame frame)
    {
        ILGenerator il = c.IL;
        LocalBuilder exception = il.DeclareLocal(typeof(WasmException));
        List<(int Kind, int Tag, ControlFrame Target)> clauses = frame.Try!.Clauses;
        if (clauses.TrueForAll(clause => clause.Tag >= 0))
        {
            // Without catch_all, a filter selects the exceptions some clause matches, so others
            // pass by without being caught and rethrown at every try_table on their way.
            EmitTagFilter(c, exception, clauses);
            il.BeginCatchBlock(null);
            il.Emit(OpCodes.Castclass, typeof(WasmException));
        }
        else
        {
            il.BeginCatchBlock(typeof(WasmException));
        }

        il.Emit(OpCodes.Stloc, exception);
        EmitHandlerAnchor(c, exception);
        foreach ((int kind, int tag, ControlFrame target) in clauses)
        {
            Label next = il.DefineLabel();
            if (tag >= 0)
            {
                EmitTagTest(c, exception, tag, next);
                LoadPayload(c, exception, tag);
            }

            if (kind is 1 or 3)
            {
                il.Emit(OpCodes.Ldloc, exception);
            }

            c.EmitLeaveTo(target, SpillValues(c, target.LabelTypes));
            il.MarkLabel(next);
        }

        il.Emit(OpCodes.Rethrow);
    }

    // filter: the thrown object is a WasmException whose tag one of the clauses names.
    private static void EmitTagFilter(FunctionCompiler c, LocalBuilder exception, List<(int Kind, int Tag, ControlFrame Target)> clauses)
    {
        ILGenerator il = c.IL;
        Label reject = il.DefineLabel();
        Label accept = il.DefineLabel();
        Label done = il.DefineLabel();
        il.BeginExceptFilterBlock();
        il.Emit(OpCodes.Isinst, typeof(WasmException));
        il.Emit(OpCodes.Stloc, exception);
        il.Emit(OpCodes.Ldloc, exception);
        il.Emit(OpCodes.Brfalse, reject);
        foreach ((_, int tag, _) in clauses)
        {
            il.Emit(OpCodes.Ldloc, exception);
            c.EmitInt(tag);
            c.EmitContext();
            il.Emit(OpCodes.Call, s_matches);
            il.Emit(OpCodes.Brtrue, accept);
        }

        il.MarkLabel(reject);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(accept);
        il.Emit(OpCodes.Ldc_I4_1);
        il.MarkLabel(done);
    }

    private static void BeginCatch(FunctionCompiler c, int tag)
    {
        ILGenerator il = c.IL;
        ControlFrame frame = c.Control[^1];
        TryRegion region = frame.Try!;
        if (!c.Unreachable)
        {
            // The try body (or the previous catch body) completes: to the end of the try.
            c.EmitBranch(frame);
        }

        if (!region.InHandler)
        {
            il.BeginCatchBlock(typeof(WasmException));
            region.Exception = il.DeclareLocal(typeof(WasmException));
            il.Emit(OpCodes.Stloc, region.Exception);
            EmitHandlerAnchor(c, region.Exception);
            region.InHandler = true;
        }
        else if (region.NextCheck is Label previous)
        {
            il.MarkLabel(previous);
        }

        region.NextCheck = null;
        c.ResetStack(frame.BaseHeight, []);
        c.SetReachable(true);
        if (tag >= 0)
        {
            Label next = il.DefineLabel();
            region.NextCheck = next;
            EmitTagTest(c, region.Exception!, tag, next);
            LoadPayload(c, region.Exception!, tag);
            var signature = (FuncType)c.Module.Types[c.Module.Tags[tag].TypeIndex].Composite;
            foreach (ValType type in signature.Params)
            {
                c.Push(type);
            }
        }
    }

    // delegate l: the body's exceptions are thrown again where the handlers of label l apply.
    private static void EmitDelegate(FunctionCompiler c, int depth)
    {
        ILGenerator il = c.IL;
        ControlFrame frame = c.Control[^1];
        ControlFrame target = c.Control[^(depth + 2)];
        if (!c.Unreachable)
        {
            c.EmitBranch(frame);
        }

        il.BeginCatchBlock(typeof(WasmException));
        LocalBuilder exception = il.DeclareLocal(typeof(WasmException));
        il.Emit(OpCodes.Stloc, exception);
        EmitHandlerAnchor(c, exception);

        // Inside a try frame's own region its handlers apply; for any other label, those around it.
        int region = target.Try is not null ? target.Region + 1 : target.Region;
        c.EmitLeave(_ => DelegatePad(c, exception, region));
        CloseRegion(c, frame);
    }

    private static void DelegatePad(FunctionCompiler c, LocalBuilder exception, int region)
    {
        if (c.TryDepth > region)
        {
            c.EmitLeave(_ => DelegatePad(c, exception, region));
            return;
        }

        c.IL.Emit(OpCodes.Ldloc, exception);
        c.IL.Emit(OpCodes.Throw);
    }

    // Ends the IL exception block, emits the pads in the enclosing region and continues after the frame.
    private static void CloseRegion(FunctionCompiler c, ControlFrame frame)
    {
        ILGenerator il = c.IL;
        TryRegion region = frame.Try!;
        il.EndExceptionBlock();
        c.Control.RemoveAt(c.Control.Count - 1);
        c.TryDepth--;
        c.IlBase = region.OuterIlBase;
        foreach ((Label pad, Action<ControlFrame> emit) in region.Pads)
        {
            il.MarkLabel(pad);
            emit(frame);
        }

        bool reachable = frame.Targeted;
        if (reachable)
        {
            il.MarkLabel(frame.Label);
        }

        else
        {
            // Nothing continues here, but the IL exception block's end label is followed by this
            // point: keep the method from ending in a fall-through (InvalidProgramException).
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Throw);
        }

        c.ResetStack(frame.BaseHeight, frame.Results);
        c.SetReachable(reachable);
        if (!reachable)
        {
            c.MarkUnreachable();
        }
    }

    // Every handler starts with a call (GC.KeepAlive of the caught exception, which costs nothing
    // on this cold path). Without one, RyuJIT rejected methods whose try body cannot throw and
    // whose handler has no call, such as `try (nop) catch_all`, with InvalidProgramException
    // (.NET 10, found by the legacy try_catch.wast); with it, they compile.
    // The code that threw may have grown (and so moved) a memory: reload the cached bases and
    // limits as after any call (DESIGN.md decision 2).
    private static void EmitHandlerAnchor(FunctionCompiler c, LocalBuilder exception)
    {
        c.IL.Emit(OpCodes.Ldloc, exception);
        c.IL.Emit(OpCodes.Call, s_keepAlive);
        c.EmitMemoryReload(afterCall: true);
    }

    private static void EmitTagTest(FunctionCompiler c, LocalBuilder exception, int tag, Label mismatch)
    {
        c.IL.Emit(OpCodes.Ldloc, exception);
        c.EmitInt(tag);
        c.EmitContext();
        c.IL.Emit(OpCodes.Call, s_matches);
        c.IL.Emit(OpCodes.Brfalse, mismatch);
    }

    private static void LoadPayload(FunctionCompiler c, LocalBuilder exception, int tag)
    {
        ILGenerator il = c.IL;
        var signature = (FuncType)c.Module.Types[c.Module.Tags[tag].TypeIndex].Composite;
        for (int i = 0; i < signature.Params.Count; i++)
        {
            il.Emit(OpCodes.Ldloc, exception);
            il.Emit(OpCodes.Call, s_payload);
            c.EmitInt(i);
            il.Emit(OpCodes.Ldelema, typeof(ValRaw));
            InvokerEmitter.EmitFromRaw(il, signature.Params[i]);
        }
    }

    // Stores the values on the IL stack (not tracked as operands) into fresh locals, in order.
    private static LocalBuilder[] SpillValues(FunctionCompiler c, ValType[] types)
    {
        var locals = new LocalBuilder[types.Length];
        for (int i = types.Length - 1; i >= 0; i--)
        {
            locals[i] = c.IL.DeclareLocal(ClrTypes.Of(types[i]));
            c.IL.Emit(OpCodes.Stloc, locals[i]);
        }

        return locals;
    }
}
