using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Entering the interpreter from outside it (<see cref="Invoke"/>) and recording the interpreted
/// frames of an exception that leaves it.
/// </summary>
internal static unsafe partial class Interpreter
{
    // Native stack kept free below an activation for the host functions it calls: beyond the
    // store's hard stack limit, re-entering the interpreter traps instead of overflowing. At most
    // a quarter of the store's budget: with a budget of 64 KiB or less (-W max-wasm-stack=16384)
    // a fixed margin refused every call, even one with no recursion at all.
    private const int NativeStackMargin = 64 * 1024;

    // Whether the native stack at `here` leaves the margin above the store's hard limit.
    private static bool NativeStackExhausted(nuint here, StoreContext store) =>
        here < store.HardStackLimit + (nuint)Math.Min(NativeStackMargin, store.MaxWasmStack / 4);

    /// <summary>
    /// Calls <paramref name="function"/> in instance <paramref name="cx"/> from outside the
    /// interpreter (the host, compiled code, a start function): arguments in
    /// <paramref name="values"/>, results written back from index 0.
    /// </summary>
    public static unsafe void Invoke(InterpretedFunction function, InstanceContext cx, Span<ValRaw> values)
    {
        StoreContext store = cx.Store;
        byte marker = 0;
        if (NativeStackExhausted((nuint)(&marker), store))
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
    // Each frame is located by its resume position, just past its call; the innermost, which may
    // have raised the exception itself, only where that was recorded (see Positioned).
    private static bool RecordBacktrace(Exception exception, InterpreterStack stack, int entryFrames)
    {
        // Nested activations this exception left still have their frames above ours (their
        // finally blocks run in the second pass): they recorded them already.
        int top = ReferenceEquals(stack.Recorded, exception) ? stack.RecordedEntry : stack.FrameCount;
        var frames = new WasmFrame[top - entryFrames];
        bool innermostPositioned = ReferenceEquals(stack.Positioned, exception);
        for (int i = 0; i < frames.Length; i++)
        {
            ref Frame frame = ref stack.Frames[top - 1 - i];
            InterpretedFunction function = frame.Function;
            Binary.ModuleInfo module = function.Module.Module;
            int? offset = (i > 0 || innermostPositioned) && frame.Pc > 0 ? function.Sites.Lookup(frame.Pc - 1) : null;
            frames[i] = new WasmFrame(module, function.Index, module.Names?.FunctionNames.GetValueOrDefault(function.Index), offset);
        }

        Backtrace.AddInterpretedFrames(exception, frames);
        stack.Recorded = exception;
        stack.RecordedEntry = entryFrames;
        if (entryFrames == 0)
        {
            // The outermost activation: no other frame of this thread needs the marks.
            stack.Positioned = null;
            stack.Recorded = null;
        }

        return false;
    }
}
