using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Exception handling (spec 4.4.8 <c>throw</c>, <c>throw_ref</c>, <c>try_table</c> and the legacy
/// <c>try</c>): a wasm exception is the <see cref="WasmException"/> the compiled tier and host
/// functions throw, so it crosses tiers and host frames unchanged and its object is the
/// <c>exnref</c>. Each activation catches it once, outside the instruction loop; the handler is
/// found in the handler tables (<see cref="ExceptionHandler"/>) of the activation's frames,
/// innermost first, and the loop resumes there. Traps are not <see cref="WasmException"/>s, so no
/// wasm handler sees them.
/// </summary>
internal static partial class Interpreter
{
    /// <summary>
    /// Runs the activation whose first frame is <paramref name="entryFrames"/>, resuming at a
    /// handler each time one of its frames catches a wasm exception. A suspended async call given as
    /// <paramref name="resuming"/> first completes what it waited for (an async host function's
    /// results or failure, which its handlers may catch) and goes on from there.
    /// </summary>
    private static void RunCatching(InterpreterStack stack, int entryFrames, InterpretedActivation? resuming = null)
    {
        while (true)
        {
            try
            {
                if (resuming is not null)
                {
                    InterpretedActivation activation = resuming;
                    resuming = null;
                    if (!Resume(activation, stack))
                    {
                        return;
                    }
                }

                Run(stack, entryFrames);
                return;
            }
            catch (WasmException exception) when (MayHandle(stack, entryFrames))
            {
                // Here, after the second pass, nested activations have unwound their frames: the
                // frames above entryFrames are this activation's. None catching it, the frames stay
                // for Invoke's backtrace filter, which runs as the exception goes on.
                if (!Unwind(stack, entryFrames, exception))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Whether any frame from <paramref name="entryFrames"/> up has a handler table. A filter, it
    /// runs before nested activations above this one have popped their frames, so it may see
    /// theirs too: a false positive only costs the catch and rethrow it saves otherwise.
    /// </summary>
    private static bool MayHandle(InterpreterStack stack, int entryFrames)
    {
        for (int index = stack.FrameCount - 1; index >= entryFrames; index--)
        {
            if (stack.Frames[index].Function.Code.Handlers.Length != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the innermost handler of <paramref name="exception"/> among the activation's frames,
    /// and if there is one pops the frames inside it, delivers the exception to the handler's slots
    /// and makes the handler the innermost frame's resume position.
    /// </summary>
    private static bool Unwind(InterpreterStack stack, int entryFrames, WasmException exception)
    {
        for (int index = stack.FrameCount - 1; index >= entryFrames; index--)
        {
            ref Frame frame = ref stack.Frames[index];
            ExceptionHandler[] handlers = frame.Function.Code.Handlers;
            if (handlers.Length == 0 || FindHandler(handlers, frame.Pc - 1, exception, frame.Context) is not ExceptionHandler handler)
            {
                continue;
            }

            stack.FrameCount = index + 1;
            Span<ValRaw> slots = stack.Values.AsSpan(frame.Fp);
            if (handler.PayloadSlot >= 0)
            {
                exception.RawPayload.CopyTo(slots[handler.PayloadSlot..]);
            }

            if (handler.ExnSlot >= 0)
            {
                slots[handler.ExnSlot] = ValRaw.FromRef(exception);
            }

            frame.Pc = handler.Target;

            // Inner activations recorded their frames as the exception left them; caught, those
            // frames no longer describe where it is (a later throw_ref starts a new backtrace).
            Backtrace.ForgetInterpretedFrames(exception);
            stack.Recorded = null;
            stack.Positioned = null;
            return true;
        }

        return false;
    }

    // The first entry covering `position` whose clause takes the exception; delegate entries limit
    // the rest of the search to the regions around their label.
    private static ExceptionHandler? FindHandler(ExceptionHandler[] handlers, int position, WasmException exception, InstanceContext cx)
    {
        int maxLevel = int.MaxValue;
        foreach (ExceptionHandler handler in handlers)
        {
            if (!handler.Covers(position) || handler.Level > maxLevel)
            {
                continue;
            }

            switch (handler.Kind)
            {
                case HandlerKind.Catch when ExceptionHelpers.Matches(exception, handler.Tag, cx):
                case HandlerKind.CatchAll:
                    return handler;
                case HandlerKind.Delegate:
                    maxLevel = handler.Target;
                    break;
            }
        }

        return null;
    }

    /// <summary>The exception of <see cref="Op.Throw"/> at <paramref name="ip"/>, its payload copied from the slots by the tag's types.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception CreateException(ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        int tag = Unsafe.Add(ref ip, 1);
        var payload = new ValRaw[Unsafe.Add(ref ip, 2)];
        IReadOnlyList<Types.ValType> types = cx.Tags[tag].Signature.Params;
        for (int i = 0; i < payload.Length; i++)
        {
            // Copy only the part holding the value: a slot keeps stale parts of earlier values.
            ref ValRaw slot = ref S(ref fp, ref ip, 3 + i);
            switch (Translator.KindOf(types[i]))
            {
                case SlotKind.Ref:
                    payload[i].Ref = slot.Ref;
                    break;
                case SlotKind.V128:
                    payload[i].Bits = slot.Bits;
                    payload[i].Hi = slot.Hi;
                    break;
                default:
                    payload[i].Bits = slot.Bits;
                    break;
            }
        }

        return ExceptionHelpers.Create(payload, tag, cx);
    }
}
