using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Runs interpreted functions (DESIGN.md decision 15): one loop over the register code of
/// <see cref="Translator"/>, with interpreted calls and returns pushing and popping
/// <see cref="Frame"/>s of the thread's <see cref="InterpreterStack"/> rather than recursing. The
/// loop keeps the code, the frame pointer and the instance in locals; everything rare (traps, calls
/// out to host or compiled functions, growth) is in separate methods.
/// </summary>
internal static partial class Interpreter
{
    // Native stack kept free below an activation for the host functions it calls: beyond the
    // store's hard stack limit, re-entering the interpreter traps instead of overflowing.
    private const int NativeStackMargin = 64 * 1024;

    /// <summary>
    /// Calls <paramref name="function"/> in instance <paramref name="cx"/> from outside the
    /// interpreter (the host, compiled code, a start function): arguments in
    /// <paramref name="values"/>, results written back from index 0.
    /// </summary>
    public static unsafe void Invoke(InterpretedFunction function, InstanceContext cx, Span<ValRaw> values)
    {
        StoreContext store = cx.Store;
        byte marker = 0;
        if ((nuint)(&marker) < store.HardStackLimit + NativeStackMargin)
        {
            throw TrapHelpers.StackOverflow();
        }

        InterpreterStack stack = InterpreterStack.Current;
        InterpretedCode code = function.Code;
        int fp = stack.Top;
        int entryFrames = stack.FrameCount;
        stack.EnsureSlots(fp + code.FrameSize, store);
        Span<ValRaw> frame = stack.Values.AsSpan(fp, code.FrameSize);
        values[..code.ParamCount].CopyTo(frame);
        frame[code.ParamCount..code.LocalCount].Clear();
        stack.PushFrame(function, cx, fp);
        try
        {
            RunCatching(stack, entryFrames);
            int results = function.Module.Module.GetFunctionType(function.Index).Results.Count;
            stack.Values.AsSpan(fp, results).CopyTo(values);
        }
        catch (Exception e) when (RecordBacktrace(e, stack, entryFrames))
        {
            // Never reached: the filter records the interpreted frames and declines the exception.
            throw;
        }
        finally
        {
            stack.FrameCount = entryFrames;
            stack.Top = fp;
        }
    }

    // Runs while the frames are still on the interpreter stack (the first pass of exception
    // handling), and lets the exception go on.
    private static bool RecordBacktrace(Exception exception, InterpreterStack stack, int entryFrames)
    {
        var frames = new WasmFrame[stack.FrameCount - entryFrames];
        for (int i = 0; i < frames.Length; i++)
        {
            InterpretedFunction function = stack.Frames[stack.FrameCount - 1 - i].Function;
            Binary.ModuleInfo module = function.Module.Module;
            frames[i] = new WasmFrame(module, function.Index, module.Names?.FunctionNames.GetValueOrDefault(function.Index));
        }

        Backtrace.AddInterpretedFrames(exception, frames);
        return false;
    }

    // Runs from the innermost frame's Pc until the frame at entryFrames returns. RunCatching
    // (Interpreter.Exception.cs) calls it again at the handler when a wasm exception is caught.
    private static void Run(InterpreterStack stack, int entryFrames)
    {
        ref Frame current = ref stack.Frames[stack.FrameCount - 1];
        InterpretedFunction function = current.Function;
        InstanceContext cx = current.Context;
        int[] code = function.Code.Code;
        int fpIndex = current.Fp;
        ValRaw[] values = stack.Values;
        ref ValRaw fp = ref values[fpIndex];
        int pc = current.Pc;
        while (true)
        {
            ref int ip = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(code), pc);
            switch (ip)
            {
                case (int)Op.Unreachable:
                    throw TrapHelpers.Unreachable();
                case (int)Op.Br:
                    pc = Unsafe.Add(ref ip, 1);
                    continue;
                case (int)Op.BrIfNez:
                    pc = (uint)S(ref fp, ref ip, 1).Bits != 0 ? Unsafe.Add(ref ip, 2) : pc + 3;
                    continue;
                case (int)Op.BrIfEqz:
                    pc = (uint)S(ref fp, ref ip, 1).Bits == 0 ? Unsafe.Add(ref ip, 2) : pc + 3;
                    continue;
                case (int)Op.BrTable:
                {
                    uint index = (uint)S(ref fp, ref ip, 1).Bits;
                    uint count = (uint)Unsafe.Add(ref ip, 2);
                    pc = Unsafe.Add(ref ip, 3 + (int)Math.Min(index, count));
                    continue;
                }

                case (int)Op.Return:
                {
                    if (--stack.FrameCount == entryFrames)
                    {
                        return;
                    }

                    ref Frame caller = ref stack.Frames[stack.FrameCount - 1];
                    function = caller.Function;
                    cx = caller.Context;
                    code = function.Code.Code;
                    fpIndex = caller.Fp;
                    fp = ref values[fpIndex];
                    pc = caller.Pc;
                    continue;
                }

                case (int)Op.Call:
                case (int)Op.CallIndirect:
                {
                    FuncRef callee;
                    int @base;
                    int span;
                    int next;
                    if (ip == (int)Op.Call)
                    {
                        callee = cx.Functions[Unsafe.Add(ref ip, 1)];
                        @base = Unsafe.Add(ref ip, 2);
                        span = Unsafe.Add(ref ip, 3);
                        next = pc + 4;
                    }
                    else
                    {
                        ulong index = S(ref fp, ref ip, 3).Bits;
                        callee = Builtins.ResolveIndirect(index > int.MaxValue ? -1 : (int)index, Unsafe.Add(ref ip, 1), Unsafe.Add(ref ip, 2), cx);
                        @base = Unsafe.Add(ref ip, 4);
                        span = Unsafe.Add(ref ip, 5);
                        next = pc + 6;
                    }

                    // Also where the search for a handler of an exception from the callee starts.
                    stack.Frames[stack.FrameCount - 1].Pc = next;
                    if (callee.Interpreted is InterpretedFunction target)
                    {
                        InterpretedCode targetCode = target.Code;
                        int newFp = fpIndex + @base;
                        stack.EnsureSlots(newFp + targetCode.FrameSize, cx.Store);
                        stack.PushFrame(target, callee.Context, newFp);
                        values = stack.Values;
                        function = target;
                        cx = callee.Context;
                        code = targetCode.Code;
                        fpIndex = newFp;
                        fp = ref values[fpIndex];
                        values.AsSpan(newFp + targetCode.ParamCount, targetCode.LocalCount - targetCode.ParamCount).Clear();
                        pc = 0;
                        continue;
                    }

                    CallOut(stack, callee, fpIndex + @base, span, fpIndex + function.Code.FrameSize);
                    values = stack.Values;
                    fp = ref values[fpIndex];
                    pc = next;
                    continue;
                }

                case (int)Op.ReturnCall:
                case (int)Op.ReturnCallIndirect:
                case (int)Op.ReturnCallRef:
                {
                    // Tail calls (Interpreter.TailCall.cs): the arguments move to slot 0 and the
                    // callee takes over this frame, so the frame count stays constant.
                    FuncRef callee = ResolveTailCallee(ref ip, ref fp, cx, out int operands);
                    int count = Unsafe.Add(ref ip, operands + 1);
                    values.AsSpan(fpIndex + Unsafe.Add(ref ip, operands), count).CopyTo(values.AsSpan(fpIndex, count));
                    if (callee.Interpreted is InterpretedFunction target)
                    {
                        InterpretedCode targetCode = target.Code;
                        stack.EnsureSlots(fpIndex + targetCode.FrameSize, cx.Store);
                        ref Frame frame = ref stack.Frames[stack.FrameCount - 1];
                        frame.Function = target;
                        frame.Context = callee.Context;
                        values = stack.Values;
                        function = target;
                        cx = callee.Context;
                        code = targetCode.Code;
                        fp = ref values[fpIndex];
                        values.AsSpan(fpIndex + targetCode.ParamCount, targetCode.LocalCount - targetCode.ParamCount).Clear();
                        pc = 0;
                        continue;
                    }

                    // A host or compiled callee runs on the .NET stack; its results land in slot 0.
                    TailCallOut(stack, callee, fpIndex, Unsafe.Add(ref ip, operands + 2), fpIndex + function.Code.FrameSize);
                    values = stack.Values;
                    goto case (int)Op.Return;
                }

                case (int)Op.Throw:
                    // Pc just past the throwing instruction: where the handler search starts
                    // (Interpreter.Exception.cs).
                    stack.Frames[stack.FrameCount - 1].Pc = pc + 1;
                    throw CreateException(ref ip, ref fp, cx);
                case (int)Op.ThrowRef:
                    stack.Frames[stack.FrameCount - 1].Pc = pc + 1;
                    throw ExceptionHelpers.Rethrow(S(ref fp, ref ip, 1).Ref);
                case (int)Op.Fuel:
                {
                    StoreContext store = cx.Store;
                    if ((store.Fuel -= Unsafe.Add(ref ip, 1)) < 0)
                    {
                        throw TrapHelpers.OutOfFuel();
                    }

                    pc += 2;
                    continue;
                }

                case (int)Op.Epoch:
                {
                    StoreContext store = cx.Store;
                    if (Volatile.Read(ref store.Epoch.Value) >= store.EpochDeadline)
                    {
                        EpochDeadlineReached(store, function);
                    }

                    pc += 1;
                    continue;
                }

                default:
                    pc += ExecuteData(ref ip, ref fp, cx);
                    continue;
            }
        }
    }

    /// <summary>The slot named by operand <paramref name="operand"/> of the instruction at <paramref name="ip"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref ValRaw S(ref ValRaw fp, ref int ip, int operand) => ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, operand));

    /// <summary>Calls a host or compiled function with the arguments in slots <paramref name="start"/>.. .</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallOut(InterpreterStack stack, FuncRef callee, int start, int span, int top)
    {
        int savedTop = stack.Top;
        stack.Top = top;
        ValRaw[] before = stack.Values;
        try
        {
            callee.Invoker(callee.Context, before.AsSpan(start, span));
        }
        finally
        {
            stack.Top = savedTop;
        }

        // A nested activation grew (and so moved) the slots: the results went to the old array.
        if (!ReferenceEquals(stack.Values, before))
        {
            before.AsSpan(start, span).CopyTo(stack.Values.AsSpan(start, span));
        }

        StoreContext store = callee.Context.Store;
        if (store.PendingTrap is not null)
        {
            store.ThrowPendingTrap();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EpochDeadlineReached(StoreContext store, InterpretedFunction function)
    {
        if (!function.Module.EpochContinuation || !TrapHelpers.ContinuesAfterEpochDeadline(store))
        {
            throw TrapHelpers.Interrupt();
        }
    }
}
