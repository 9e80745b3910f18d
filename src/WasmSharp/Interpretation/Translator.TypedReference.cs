using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Interpretation;

/// <summary>
/// The typed function references proposal (spec exec/instructions.rst "Reference Instructions",
/// "Control Instructions"): <c>ref.eq</c> (0xD3, a GC instruction), <c>ref.as_non_null</c>
/// (0xD4), <c>br_on_null</c> (0xD5), <c>br_on_non_null</c> (0xD6) and <c>call_ref</c> (0x14).
/// </summary>
internal sealed partial class Translator
{
    private void TranslateTypedReference(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0xD3:
            {
                Operand b = Pop();
                Operand a = Pop();
                int dst = Push(SlotKind.Bits);
                EmitGc(GcOp.RefEq);
                EmitResult(dst);
                _code.Add(a.Slot);
                _code.Add(b.Slot);
                break;
            }

            case 0xD4:
                // The reference stays in its slot: only a null traps.
                EmitGc(GcOp.RefAsNonNull);
                _code.Add(Peek().Slot);
                break;
            case 0xD5:
                TranslateBrOnNull(reader.ReadCount());
                break;
            default:
                TranslateBrOnNonNull(reader.ReadCount());
                break;
        }
    }

    /// <summary>
    /// <c>br_on_null</c>: a null reference is dropped and the label's values branch; otherwise the
    /// reference stays on the stack. The label's values are below the reference, so they are moved
    /// (on the taken path only) with the reference popped.
    /// </summary>
    private void TranslateBrOnNull(int depth)
    {
        Operand reference = Pop();
        Label label = LabelAt(depth);
        if (label.Kind != LabelKind.Function && !NeedsMoves(label, label.BranchKinds))
        {
            Emit(Op.BrOnNull);
            _code.Add(reference.Slot);
            AddTarget(label);
        }
        else
        {
            Emit(Op.BrOnNonNull);
            _code.Add(reference.Slot);
            int skip = _code.Add(-1);
            Branch(depth);
            _code[skip] = MarkTarget();
        }

        _stack.Add(reference);
    }

    /// <summary>
    /// <c>br_on_non_null</c>: a non-null reference branches as the last of the label's values; a
    /// null one is dropped.
    /// </summary>
    private void TranslateBrOnNonNull(int depth)
    {
        Operand reference = Peek();
        Label label = LabelAt(depth);
        if (label.Kind != LabelKind.Function && !NeedsMoves(label, label.BranchKinds))
        {
            Emit(Op.BrOnNonNull);
            _code.Add(reference.Slot);
            AddTarget(label);
        }
        else
        {
            Emit(Op.BrOnNull);
            _code.Add(reference.Slot);
            int skip = _code.Add(-1);
            Branch(depth);
            _code[skip] = MarkTarget();
        }

        Pop();
    }

    /// <summary>
    /// <c>call_ref</c> with type <paramref name="typeIndex"/>: <see cref="Op.CallRef"/>
    /// <c>reference, base, span</c>, the arguments placed as for <c>call</c>.
    /// </summary>
    private void TranslateCallRef(int typeIndex)
    {
        (Operand reference, FuncType callee) = PopCallReference(typeIndex);
        int @base = PrepareCall(callee);
        Emit(Op.CallRef);
        _code.Add(reference.Slot);
        _code.Add(@base);
        _code.Add(Math.Max(callee.Params.Count, callee.Results.Count));
        FinishCall(callee);
    }

    /// <summary>
    /// Pops the function reference of <c>call_ref</c> or <c>return_call_ref</c> with type
    /// <paramref name="typeIndex"/>, leaving its arguments on top; returns where the reference is
    /// and the callee's type. The interpreter resolves the slot with <see cref="Interpreter.CallRefTarget"/>.
    /// </summary>
    private (Operand Reference, FuncType Callee) PopCallReference(int typeIndex) =>
        (Pop(), (FuncType)_module.Types[typeIndex].Composite);
}
