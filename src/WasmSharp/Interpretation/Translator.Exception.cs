using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Interpretation;

/// <summary>
/// Exception handling (spec 3.3.8 <c>throw</c>, <c>throw_ref</c>, <c>try_table</c>; the legacy
/// proposal's <c>try</c>, <c>catch</c>, <c>catch_all</c>, <c>delegate</c>, <c>rethrow</c>). Throwing
/// is an instruction (<see cref="Op.Throw"/>, <see cref="Op.ThrowRef"/>); catching costs no code in
/// the protected range: each clause becomes an <see cref="ExceptionHandler"/> entry, which the
/// interpreter consults only when a wasm exception reaches the frame.
/// <list type="bullet">
/// <item><c>try_table</c> clauses resume at their label's branch target with the payload (and the
/// exnref) in the label's slots, as a branch would leave them.</item>
/// <item>A legacy <c>catch</c> resumes at its body with the caught exception in the try's first
/// stack slot, a hidden operand below the payload that <c>rethrow</c> throws again.</item>
/// <item><c>delegate</c> is an entry that makes the search skip the regions inside its label.</item>
/// </list>
/// </summary>
internal sealed partial class Translator
{
    // The handler table, in the order regions closed (innermost first).
    private readonly List<ExceptionHandler> _handlers = [];

    // Entries that resume at the end of a label still open: their Target is patched when it closes.
    private readonly List<(Label Label, int Entry)> _pendingHandlerTargets = [];

    // Regions whose protected code is being translated (their labels are open, bodies not left).
    private int _regionLevel;

    // A `return` that try_table clauses branching to the function label resume at; -1 until needed.
    private int _returnPad = -1;

    private void TranslateException(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0x08:
                TranslateThrow(reader.ReadCount());
                break;
            case 0x0A:
            {
                Operand exception = Pop();
                Emit(Op.ThrowRef);
                _code.Add(exception.Slot);
                SetUnreachable();
                break;
            }

            case 0x1F:
                OpenTryTable(ref reader);
                break;
            case 0x06:
            {
                Label label = OpenLabel(LabelKind.Try, ref reader);
                label.Region = new HandlerRegion(MarkTarget(), ++_regionLevel);
                break;
            }

            case 0x07:
                BeginLegacyCatch(reader.ReadCount());
                break;
            case 0x19:
                BeginLegacyCatch(-1);
                break;
            case 0x18:
                TranslateDelegate(reader.ReadCount());
                break;
            case 0x09:
            {
                // The exception the catch of that try caught sits in the try's first slot.
                Label target = LabelAt(reader.ReadCount());
                Emit(Op.ThrowRef);
                _code.Add(SlotAt(target.Height));
                SetUnreachable();
                break;
            }

            default:
                throw new InvalidOperationException($"opcode 0x{op:X2} passed validation but has no translation");
        }
    }

    private void TranslateThrow(int tag)
    {
        IReadOnlyList<ValType> payload = TagType(tag).Params;
        Emit(Op.Throw);
        _code.Add(tag);
        _code.Add(payload.Count);
        for (int i = payload.Count; i > 0; i--)
        {
            _code.Add(Peek(i - 1).Slot);
        }

        _stack.RemoveRange(Height - payload.Count, payload.Count);
        SetUnreachable();
    }

    private FuncType TagType(int tag) => (FuncType)_module.Types[_module.Tags[tag].TypeIndex].Composite;

    private void OpenTryTable(ref WasmReader reader)
    {
        Label label = OpenLabel(LabelKind.TryTable, ref reader);
        var region = new HandlerRegion(MarkTarget(), ++_regionLevel);
        label.Region = region;
        for (int count = reader.ReadCount(); count > 0; count--)
        {
            // 0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref; labels count from outside the try_table.
            int kind = reader.ReadByte();
            int tag = kind < 2 ? reader.ReadCount() : -1;
            Label target = LabelAt(reader.ReadCount() + 1);
            int values = tag >= 0 ? TagType(tag).Params.Count : 0;

            // A branch to the function label returns: the values go to slot 0 and a pad returns.
            int payloadSlot = target.Kind == LabelKind.Function ? 0 : SlotAt(target.Height);
            var handler = new ExceptionHandler(
                region.Start,
                End: -1,
                region.Level,
                tag >= 0 ? HandlerKind.Catch : HandlerKind.CatchAll,
                tag,
                Target: target.Kind == LabelKind.Loop ? target.Start : -1,
                PayloadSlot: values > 0 ? payloadSlot : -1,
                ExnSlot: kind is 1 or 3 ? payloadSlot + values : -1);
            region.Clauses.Add((handler, target.Kind == LabelKind.Loop ? null : target));
        }
    }

    // Legacy catch (tag >= 0) or catch_all (-1): ends the try body or the previous catch body.
    private void BeginLegacyCatch(int tag)
    {
        Label label = _labels[^1];
        HandlerRegion region = label.Region!;
        if (!label.Unreachable)
        {
            MoveResults(label, label.Results);
            Emit(Op.Br);
            label.Patches.Add(_code.Add(-1));
        }

        LeaveBody(region);
        int start = MarkTarget();
        label.Unreachable = false;
        _stack.Truncate(label.Height);
        int exnSlot = Push(SlotKind.Ref);
        int payloadSlot = -1;
        if (tag >= 0)
        {
            foreach (ValType type in TagType(tag).Params)
            {
                int slot = Push(KindOf(type));
                payloadSlot = payloadSlot < 0 ? slot : payloadSlot;
            }
        }

        var handler = new ExceptionHandler(
            region.Start,
            region.End,
            region.Level,
            tag >= 0 ? HandlerKind.Catch : HandlerKind.CatchAll,
            tag,
            start,
            payloadSlot,
            exnSlot);
        region.Clauses.Add((handler, null));
    }

    // delegate l: ends the try like `end`; its body's exceptions go to the handlers around label l
    // (counted from outside the try), including l's own when l is a try still in its body.
    private void TranslateDelegate(int depth)
    {
        Label label = _labels[^1];
        HandlerRegion region = label.Region!;
        int outer = _labels.Count - 1 - (depth + 1);
        int level = 0;
        for (int i = 0; i <= outer; i++)
        {
            if (_labels[i].Region is { InBody: true })
            {
                level++;
            }
        }

        if (!label.Unreachable)
        {
            MoveResults(label, label.Results);
        }

        LeaveBody(region);
        region.Clauses.Add((new ExceptionHandler(region.Start, region.End, region.Level, HandlerKind.Delegate, -1, level, -1, -1), null));

        // Results are in place: what remains is `end`.
        label.Unreachable = true;
        TranslateEnd();
    }

    private void LeaveBody(HandlerRegion region)
    {
        if (region.InBody)
        {
            region.InBody = false;
            region.End = _code.Length;
            _regionLevel--;
        }
    }

    /// <summary>
    /// Called at the end of every block-like label, after its results are moved and before the
    /// position after it is marked: adds the handler entries of a closing region and resolves the
    /// entries that resume after this label. Relies on nothing being emitted between this call and
    /// <see cref="MarkTarget"/> in <see cref="TranslateEnd"/>, so the label's end is the code length
    /// when this returns.
    /// </summary>
    private void EndHandlers(Label label)
    {
        if (label.Region is HandlerRegion region)
        {
            CloseRegion(label, region);
        }

        for (int i = _pendingHandlerTargets.Count - 1; i >= 0; i--)
        {
            (Label target, int entry) = _pendingHandlerTargets[i];
            if (target == label)
            {
                _handlers[entry] = _handlers[entry] with { Target = _code.Length };
                _pendingHandlerTargets.RemoveAt(i);
            }
        }
    }

    private void CloseRegion(Label label, HandlerRegion region)
    {
        LeaveBody(region);
        foreach ((ExceptionHandler clause, Label? target) in region.Clauses)
        {
            if (region.Start == region.End)
            {
                // An empty body: nothing can throw where the entry would apply.
                continue;
            }

            ExceptionHandler handler = clause with { Start = region.Start, End = region.End };
            if (target?.Kind == LabelKind.Function)
            {
                handler = handler with { Target = ReturnPad(label) };
            }
            else if (target is not null)
            {
                _pendingHandlerTargets.Add((target, _handlers.Count));
            }

            _handlers.Add(handler);
        }
    }

    // The shared `return` of clauses that branch to the function label, emitted at the first
    // region needing it; code falling through the region's end jumps over it.
    private int ReturnPad(Label label)
    {
        if (_returnPad < 0)
        {
            if (!label.Unreachable)
            {
                Emit(Op.Br);
                label.Patches.Add(_code.Add(-1));
            }

            _returnPad = _code.Length;
            Emit(Op.Return);
        }

        return _returnPad;
    }
}
