using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Interpretation;

/// <summary>
/// Tail calls (spec 3.3.8 <c>return_call</c>, <c>return_call_indirect</c>, <c>return_call_ref</c>):
/// the callee replaces the caller's frame (<see cref="Op.ReturnCall"/>), so a chain of tail calls
/// of any length runs in one interpreter frame, as Wasmtime guarantees.
/// </summary>
internal sealed partial class Translator
{
    private void TranslateTailOrRefCall(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0x12:
            {
                int function = reader.ReadCount();
                FuncType callee = _module.GetFunctionType(function);
                int @base = PrepareTailCall(callee);
                Emit(Op.ReturnCall);
                _code.Add(function);
                FinishTailCall(callee, @base);
                break;
            }

            case 0x13:
            {
                int typeIndex = reader.ReadCount();
                int table = reader.ReadCount();
                var callee = (FuncType)_module.Types[typeIndex].Composite;
                Operand index = Pop();
                int @base = PrepareTailCall(callee);
                Emit(Op.ReturnCallIndirect);
                _code.Add(table);
                _code.Add(_owner.TypeIds[typeIndex]);
                _code.Add(index.Slot);
                FinishTailCall(callee, @base);
                break;
            }

            case 0x15:
            {
                var callee = (FuncType)_module.Types[reader.ReadCount()].Composite;
                Operand reference = Pop();
                int @base = PrepareTailCall(callee);
                Emit(Op.ReturnCallRef);
                _code.Add(reference.Slot);
                FinishTailCall(callee, @base);
                break;
            }

            default:
                // 0x14 call_ref belongs to the typed function references work (branch igc).
                throw new NotSupportedException("the interpreter does not run this instruction yet");
        }
    }

    /// <summary>
    /// Puts the arguments in consecutive stack slots, so that the interpreter moves them to slot 0
    /// as one block (a source at or above its destination), and returns the first.
    /// </summary>
    private int PrepareTailCall(FuncType callee)
    {
        MaterializeTop(callee.Params.Count);

        // A callee run outside the interpreter writes its results from slot 0: the frame must
        // hold them (its own results, the same ones, may outnumber its locals and stack).
        _maxHeight = Math.Max(_maxHeight, callee.Results.Count - _localCount);
        return SlotAt(Height - callee.Params.Count);
    }

    private void FinishTailCall(FuncType callee, int @base)
    {
        _code.Add(@base);
        _code.Add(callee.Params.Count);
        _code.Add(Math.Max(callee.Params.Count, callee.Results.Count));
        _stack.RemoveRange(Height - callee.Params.Count, callee.Params.Count);
        SetUnreachable();
    }
}
