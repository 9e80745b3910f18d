using System.Diagnostics.CodeAnalysis;
using System.Reflection.Emit;

namespace WasmSharp.Compilation;

/// <summary>
/// The function's side of its <see cref="SwitchSpan"/> regions. A span is armed when the function
/// compiles its ladder's <c>br_table</c> and finds the ladder's blocks as planned (blocks outside
/// exception handling; those the span starts after or closes without results and with nothing on
/// the stack between them and the table); only armed spans become regions, the others' code stays
/// in the function. The table sends each index whose label lies in a span to one stub per span, keeping
/// the index in <see cref="Selector"/>: the span dispatches on it itself, so the function has a
/// block per span rather than one per case (RyuJIT gives up optimizing above 2,000 blocks).
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class SwitchSpanRouter
{
    private readonly FunctionCompiler _c;
    private readonly RegionPlan[] _spans;
    private readonly bool[] _armed;
    private readonly Label[] _tableStubs;
    private readonly bool[] _tableStubUsed;
    private int _next;
    private LocalBuilder? _selector;

    /// <summary>Creates the router of <paramref name="function"/>'s <paramref name="spans"/> (in code order).</summary>
    public SwitchSpanRouter(FunctionCompiler function, RegionPlan[] spans)
    {
        _c = function;
        _spans = spans;
        _armed = new bool[spans.Length];
        _tableStubs = new Label[spans.Length];
        _tableStubUsed = new bool[spans.Length];
    }

    /// <summary>The local that carries a span's entry selector (or the table's index) to its call.</summary>
    public LocalBuilder Selector => _selector ??= _c.IL.DeclareLocal(typeof(int));

    /// <summary>
    /// At the <c>br_table</c> at <paramref name="tableOffset"/>, its index popped: arms the spans
    /// of its ladder if the enclosing blocks are what the plan assumed.
    /// </summary>
    public void Arm(int tableOffset)
    {
        if (_c.TryDepth != 0)
        {
            return;
        }

        for (int i = 0; i < _spans.Length; i++)
        {
            SwitchSpan span = _spans[i].Span!;
            _armed[i] |= span.TableOffset == tableOffset && IsLadderAsPlanned(span.FirstDepth + span.Closes, span.FirstDepth);
        }
    }

    // Whether the blocks from the table's own (depth 0) to depth `top` are a ladder the function
    // opened in one piece, those from `plainFrom` on (a span's) without results and with the
    // table's stack below them, and those it closes (after `plainFrom`) blocks. A level deeper than
    // the span may have results (clang merges the tails of cases that make a value that way) or be
    // an `if` (clang's guard around the switch) or a `loop`; the span may start at an `if`'s end
    // (a loop's label is its start: no span starts there). Base heights only grow inward, so when
    // the span's blocks have the table's height no block of the ladder inside them holds a value;
    // a value pushed between blocks further out than the span does not concern it.
    private bool IsLadderAsPlanned(int top, int plainFrom)
    {
        if (top >= _c.Control.Count)
        {
            return false;
        }

        for (int depth = 0; depth <= top; depth++)
        {
            ControlFrame frame = _c.Control[^(depth + 1)];
            bool rung = frame.Kind == FrameKind.Block
                || (depth <= plainFrom && frame.Kind == FrameKind.If)
                || (depth < plainFrom && frame.Kind == FrameKind.Loop);
            if (!rung || frame.Params.Length != 0 || frame.Region != 0)
            {
                return false;
            }

            if (depth >= plainFrom && (frame.Results.Length != 0 || frame.BaseHeight != _c.StackHeight))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether index <paramref name="index"/> of the armed <c>br_table</c> at
    /// <paramref name="tableOffset"/>, to the label at <paramref name="depth"/>, goes straight to a
    /// span's stub (<paramref name="stub"/>), which then needs the index in <see cref="Selector"/>.
    /// </summary>
    public bool TryRoute(int tableOffset, int index, int depth, out Label stub)
    {
        for (int i = 0; i < _spans.Length; i++)
        {
            SwitchSpan span = _spans[i].Span!;
            if (_armed[i] && span.TableOffset == tableOffset
                && index >= span.FirstIndex && index < span.FirstIndex + span.IndexCount
                && depth >= span.FirstDepth && depth < span.FirstDepth + span.Closes)
            {
                if (!_tableStubUsed[i])
                {
                    _tableStubs[i] = _c.IL.DefineLabel();
                    _tableStubUsed[i] = true;
                }

                stub = _tableStubs[i];
                return true;
            }
        }

        stub = default;
        return false;
    }

    /// <summary>The armed span starting at <paramref name="at"/>, if any, and its table stub if the table uses it.</summary>
    public RegionPlan? StartingAt(int at, out Label? tableStub)
    {
        tableStub = null;
        while (_next < _spans.Length && _spans[_next].Start < at)
        {
            _next++;
        }

        if (_next == _spans.Length || _spans[_next].Start != at || !_armed[_next])
        {
            return null;
        }

        if (_tableStubUsed[_next])
        {
            tableStub = _tableStubs[_next];
        }

        return _spans[_next++];
    }
}
