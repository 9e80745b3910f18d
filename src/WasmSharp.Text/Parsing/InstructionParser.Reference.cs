using WasmSharp.Text.Binary;
using WasmSharp.Text.Instructions;

namespace WasmSharp.Text.Parsing;

/// <summary>Reference and GC instruction immediates (spec 6.5.3 "Reference Instructions", aggregate instructions).</summary>
internal sealed partial class InstructionParser
{
    private bool EmitReferenceOp(OpInfo op, WasmWriter w)
    {
        switch (op.Immediate)
        {
            case ImmediateKind.HeapType:
                {
                    var heap = TypeParser.ParseHeapType(_m);
                    Opcode(w, op);
                    w.Bytes(heap);
                    return true;
                }

            case ImmediateKind.RefType:
                {
                    // ref.test/ref.cast: the nullable form is the next opcode (binary spec 5.4.3).
                    var (nullable, heap) = TypeParser.ParseRefType(_m);
                    Opcode(w, op, nullable ? 1u : 0u);
                    w.Bytes(heap);
                    return true;
                }

            case ImmediateKind.BrOnCast:
                {
                    uint label = ParseLabel();
                    var (n1, h1) = TypeParser.ParseRefType(_m);
                    var (n2, h2) = TypeParser.ParseRefType(_m);
                    Opcode(w, op);
                    w.Byte((byte)((n1 ? 1 : 0) | (n2 ? 2 : 0)));
                    w.U32(label);
                    w.Bytes(h1);
                    w.Bytes(h2);
                    return true;
                }

            case ImmediateKind.StructField:
                {
                    uint type = _m.ParseIndex(IndexSpace.Type);
                    uint field = _m.ParseFieldIndex(type);
                    Opcode(w, op);
                    w.U32(type);
                    w.U32(field);
                    return true;
                }

            case ImmediateKind.ArrayFixed:
                {
                    uint type = _m.ParseIndex(IndexSpace.Type);
                    uint n = (uint)_c.ExpectU32();
                    Opcode(w, op);
                    w.U32(type);
                    w.U32(n);
                    return true;
                }

            case ImmediateKind.ArrayData:
                {
                    _m.NeedsDataCount = true;
                    uint type = _m.ParseIndex(IndexSpace.Type);
                    uint data = _m.ParseIndex(IndexSpace.Data);
                    Opcode(w, op);
                    w.U32(type);
                    w.U32(data);
                    return true;
                }

            case ImmediateKind.ArrayElem:
                {
                    uint type = _m.ParseIndex(IndexSpace.Type);
                    uint elem = _m.ParseIndex(IndexSpace.Elem);
                    Opcode(w, op);
                    w.U32(type);
                    w.U32(elem);
                    return true;
                }

            case ImmediateKind.ArrayCopy:
                {
                    uint t1 = _m.ParseIndex(IndexSpace.Type);
                    uint t2 = _m.ParseIndex(IndexSpace.Type);
                    Opcode(w, op);
                    w.U32(t1);
                    w.U32(t2);
                    return true;
                }

            default:
                return false;
        }
    }
}
