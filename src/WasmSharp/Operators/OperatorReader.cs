using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Validation;

namespace WasmSharp.Operators;

/// <summary>
/// The one decoder of operators in the binary format (spec 5.4 "Instructions"). <see cref="Visit"/>
/// (generated from operators.def) reads an operator and its immediates and calls a visitor;
/// <see cref="ReadImmediates"/> decodes them by the operator's <see cref="OperatorImmediate"/> kind
/// into an <see cref="OperatorImmediates"/> for consumers that switch on the operator. Both read each
/// kind of immediate with the methods here, and report malformations as the validator always did
/// (Wasmtime's and the reference interpreter's messages), at the operator's offset.
/// </summary>
/// <remarks>
/// A few encodings depend on enabled proposals: without multi-memory a memory immediate is a zero
/// byte and memarg alignment flags stop below 32; without reference types call_indirect's table is a
/// zero byte. Concrete type indices inside value and heap types are checked against the module's
/// type count while they are read ("unknown type", at the type's offset).
/// </remarks>
internal readonly partial struct OperatorReader
{
    private static readonly OperatorImmediate[] s_immediates = BuildImmediates();

    private readonly WasmFeatures _features;
    private readonly int _typeCount;
    private readonly int? _functionIndex;

    /// <summary>Creates a reader for code of a module with <paramref name="typeCount"/> types.</summary>
    /// <param name="features">Enabled proposals (they decide the memory and table immediates' encoding).</param>
    /// <param name="typeCount">Number of types; larger indices in value and heap types are "unknown type".</param>
    /// <param name="functionIndex">The function being read, for validation errors.</param>
    public OperatorReader(WasmFeatures features, int typeCount, int? functionIndex)
    {
        _features = features;
        _typeCount = typeCount;
        _functionIndex = functionIndex;
    }

    /// <summary>A reader for code that has been validated: every encoding allowed, nothing left to check.</summary>
    public static OperatorReader Validated => new(WasmFeatures.All, int.MaxValue, null);

    /// <summary>Reads an opcode, with the sub-opcode after a prefix, and returns its operator.</summary>
    /// <exception cref="WasmFormatException">"illegal opcode" for an encoding no operator has.</exception>
    public static Operator ReadOperator(ref WasmReader r)
    {
        int offset = r.Offset;
        byte first = r.ReadByte();
        if (first >= 0xFB && first <= 0xFE)
        {
            uint code = r.ReadVarUInt32();
            if (!OperatorTable.TryDecode(first, code, out Operator prefixed))
            {
                FailIllegalOpcode(first, code, offset);
            }

            return prefixed;
        }

        if (!OperatorTable.TryDecode(0, first, out Operator op))
        {
            FailIllegalOpcode(first, offset);
        }

        return op;
    }

    /// <summary>Skips the immediates of <paramref name="op"/>, whose opcode ends just before the reader's position.</summary>
    public void SkipImmediates(Operator op, ref WasmReader r)
    {
        OperatorImmediates ignored = default;
        ReadImmediates(op, ref r, r.Offset, ref ignored);
    }

    /// <summary>Reads the immediates of <paramref name="op"/>, whose opcode (at <paramref name="offset"/>) has been read.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="r">The reader, positioned after the opcode.</param>
    /// <param name="offset">The operator's offset, where malformed immediates are reported.</param>
    /// <param name="imm">Receives the immediates; fields the operator does not have keep their values.</param>
    public void ReadImmediates(Operator op, ref WasmReader r, int offset, ref OperatorImmediates imm)
    {
        switch (s_immediates[(int)op])
        {
            case OperatorImmediate.None:
                break;
            case OperatorImmediate.Label:
            case OperatorImmediate.Tag:
            case OperatorImmediate.Func:
            case OperatorImmediate.Type:
            case OperatorImmediate.Local:
            case OperatorImmediate.Global:
            case OperatorImmediate.Table:
            case OperatorImmediate.Data:
            case OperatorImmediate.Elem:
                imm.Index = r.ReadVarUInt32();
                break;
            case OperatorImmediate.MemArg:
                imm.MemArg = ReadMemArg(ref r, offset);
                break;
            case OperatorImmediate.I32:
                imm.Value = ReadSmallSigned(ref r, signed64: false);
                break;
            case OperatorImmediate.I64:
                imm.Value = ReadSmallSigned(ref r, signed64: true);
                break;
            case OperatorImmediate.F32:
                imm.Value = r.ReadF32Bits();
                break;
            case OperatorImmediate.F64:
                imm.Value = (long)r.ReadF64Bits();
                break;
            case OperatorImmediate.Block:
                imm.Block = ReadBlockType(ref r);
                if (op == Operator.TryTable)
                {
                    (imm.VectorPosition, imm.VectorCount) = ReadCatchClauses(ref r, offset);
                }

                break;
            case OperatorImmediate.BrTable:
                (imm.VectorPosition, imm.VectorCount, imm.Index) = ReadBrTable(ref r);
                break;
            case OperatorImmediate.CallIndirect:
                imm.Index = r.ReadVarUInt32();
                imm.Index2 = ReadTableIndex(ref r, offset);
                break;
            case OperatorImmediate.Select:
                if (op == Operator.SelectTyped)
                {
                    (imm.Index, imm.Type) = ReadSelectTypes(ref r);
                }

                break;
            case OperatorImmediate.Memory:
                imm.Index = ReadMemoryIndex(ref r, offset);
                break;
            case OperatorImmediate.HeapType:
            case OperatorImmediate.RefType:
                imm.Heap = ReadHeapType(ref r);
                break;
            case OperatorImmediate.StructField:
            case OperatorImmediate.ArrayFixed:
            case OperatorImmediate.ArrayData:
            case OperatorImmediate.ArrayElem:
            case OperatorImmediate.ArrayCopy:
            case OperatorImmediate.TableInit:
            case OperatorImmediate.TableCopy:
                imm.Index = r.ReadVarUInt32();
                imm.Index2 = r.ReadVarUInt32();
                break;
            case OperatorImmediate.BrOnCast:
                imm.Lane = ReadCastFlags(ref r, offset);
                imm.Index = r.ReadVarUInt32();
                imm.Heap = ReadHeapType(ref r);
                imm.Heap2 = ReadHeapType(ref r);
                break;
            case OperatorImmediate.MemoryInit:
                imm.Index = r.ReadVarUInt32();
                imm.Index2 = ReadMemoryIndex(ref r, offset);
                break;
            case OperatorImmediate.MemoryCopy:
                imm.Index = ReadMemoryIndex(ref r, offset);
                imm.Index2 = ReadMemoryIndex(ref r, offset);
                break;
            case OperatorImmediate.V128:
            case OperatorImmediate.Shuffle:
            {
                ReadOnlySpan<byte> bytes = r.ReadBytes(16);
                imm.Value = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                imm.High = BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]);
                break;
            }

            case OperatorImmediate.Lane:
                imm.Lane = r.ReadByte();
                break;
            case OperatorImmediate.MemArgLane:
                imm.MemArg = ReadMemArg(ref r, offset);
                imm.Lane = r.ReadByte();
                break;
            case OperatorImmediate.Fence:
                ReadZeroByte(ref r, offset);
                break;
            default:
                throw new InvalidOperationException($"operators.def gives {op} the immediate kind {s_immediates[(int)op]}, which has no binary reading");
        }
    }

    /// <summary>An operator of fixed type without immediates.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void VisitFixed<TVisitor>(Operator op, ref TVisitor v)
        where TVisitor : struct, IOperatorVisitor
    {
        v.Begin(op);
        v.VisitFixed(op);
    }

    /// <summary>A memory access of fixed type.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void VisitFixedMemArg<TVisitor>(Operator op, ref WasmReader r, int offset, ref TVisitor v)
        where TVisitor : struct, IOperatorVisitor
    {
        v.Begin(op);
        v.VisitFixedMemArg(op, ReadMemArg(ref r, offset));
    }

    /// <summary>An extract_lane or replace_lane.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void VisitFixedLane<TVisitor>(Operator op, ref WasmReader r, int offset, ref TVisitor v)
        where TVisitor : struct, IOperatorVisitor
    {
        _ = offset;
        v.Begin(op);
        v.VisitFixedLane(op, r.ReadByte());
    }

    /// <summary>A <c>v128.loadN_lane</c> or <c>v128.storeN_lane</c>: a memarg, then the lane.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void VisitFixedMemArgLane<TVisitor>(Operator op, ref WasmReader r, int offset, ref TVisitor v)
        where TVisitor : struct, IOperatorVisitor
    {
        v.Begin(op);
        MemArg memArg = ReadMemArg(ref r, offset);
        v.VisitFixedMemArgLane(op, memArg, r.ReadByte());
    }

    /// <summary>Reads one catch clause of a try_table whose clauses have been checked (<see cref="CatchClauses"/>).</summary>
    /// <param name="r">The reader, at the clause.</param>
    /// <param name="kind">0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref.</param>
    /// <param name="tag">The tag of catch and catch_ref.</param>
    /// <param name="label">The branch target.</param>
    public static void ReadCatchClause(ref WasmReader r, out byte kind, out uint tag, out uint label)
    {
        kind = r.ReadByte();
        tag = kind < 2 ? r.ReadVarUInt32() : 0;
        label = r.ReadVarUInt32();
    }

    /// <summary>Reads a memarg (spec 5.4.6): alignment flags whose bit 6 announces a memory index, then the offset.</summary>
    /// <param name="r">The reader, at the memarg.</param>
    /// <param name="offset">The operator's offset, where malformed flags are reported.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MemArg ReadMemArg(ref WasmReader r, int offset)
    {
        uint flags = r.ReadVarUInt32();

        // Bit 6 is the only flag; before multi-memory, alignment exponents of 32 and above could not be encoded.
        if (flags >= 32 && (flags >= 128 || (_features & WasmFeatures.MultiMemory) == 0))
        {
            Fail("malformed memop flags", offset);
        }

        MemArg memArg = default;
        if ((flags & 0x40) != 0)
        {
            memArg.Memory = r.ReadVarUInt32();
            flags &= ~0x40u;
        }

        memArg.AlignLog2 = flags;
        memArg.Offset = !r.AtEnd && r.PeekByte() < 0x80 ? r.ReadByte() : r.ReadVarUInt64();
        return memArg;
    }

    /// <summary>An s32 or s64 constant; a one-byte LEB128 (the common case) is decoded inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long ReadSmallSigned(ref WasmReader r, bool signed64)
    {
        if (!r.AtEnd)
        {
            byte b = r.PeekByte();
            if (b < 0x80)
            {
                r.Position++;
                return (sbyte)(b << 1) >> 1;
            }
        }

        return signed64 ? r.ReadVarInt64() : r.ReadVarInt32();
    }

    /// <summary>Reads a block type (spec 5.4.1): 0x40, a value type, or an s33 type index.</summary>
    /// <param name="r">The reader, at the block type.</param>
    public BlockType ReadBlockType(ref WasmReader r)
    {
        int start = r.Offset;
        long code = r.ReadVarInt33();
        if (code >= 0 || code == BlockType.EmptyCode)
        {
            return new BlockType(code, default);
        }

        if (code >= -64 && ImmediateTypeReader.TryFinishValType((byte)(code & 0x7F), ref r, _typeCount, _functionIndex, start, out ValType type))
        {
            return new BlockType(code, type);
        }

        throw new WasmFormatException("malformed value type", start);
    }

    /// <summary>try_table's catch clauses: checked here, re-read by consumers with <see cref="ReadCatchClause"/>.</summary>
    private static CatchClauses ReadCatchClauses(ref WasmReader r, int offset)
    {
        int count = r.ReadCount();
        int position = r.Position;
        for (int i = 0; i < count; i++)
        {
            byte kind = r.ReadByte();
            if (kind > 3)
            {
                Fail("malformed catch clause", offset);
            }

            if (kind < 2)
            {
                r.ReadVarUInt32();
            }

            r.ReadVarUInt32();
        }

        return new CatchClauses(position, count);
    }

    /// <summary>br_table's targets (re-read by consumers from their position) and its default.</summary>
    private static BrTableTargets ReadBrTable(ref WasmReader r)
    {
        int count = r.ReadCount();
        int position = r.Position;
        for (int i = 0; i < count; i++)
        {
            r.ReadVarUInt32();
        }

        return new BrTableTargets(position, count, r.ReadVarUInt32());
    }

    /// <summary>select_typed's result types; validation requires exactly one, so only the first is kept.</summary>
    private SelectTypes ReadSelectTypes(ref WasmReader r)
    {
        uint count = r.ReadVarUInt32();
        ValType first = default;
        for (uint i = 0; i < count; i++)
        {
            ValType type = ImmediateTypeReader.ReadValType(ref r, _typeCount, _functionIndex);
            if (i == 0)
            {
                first = type;
            }
        }

        return new SelectTypes(count, first);
    }

    /// <summary>Reads a heap type immediate: an abstract type byte or an s33 type index.</summary>
    /// <param name="r">The reader, at the heap type.</param>
    public HeapType ReadHeapType(ref WasmReader r) => ImmediateTypeReader.ReadHeapType(ref r, _typeCount, _functionIndex);

    /// <summary>br_on_cast's flags: bit 0 the source, bit 1 the target is nullable.</summary>
    private static byte ReadCastFlags(ref WasmReader r, int offset)
    {
        byte flags = r.ReadByte();
        if (flags > 3)
        {
            Fail("malformed br_on_cast flags", offset);
        }

        return flags;
    }

    /// <summary>A memory index with multi-memory, else the reserved zero byte of the Wasm 2.0 encoding.</summary>
    private uint ReadMemoryIndex(ref WasmReader r, int offset) =>
        (_features & WasmFeatures.MultiMemory) != 0 ? r.ReadVarUInt32() : ReadZeroByte(ref r, offset);

    /// <summary>call_indirect's table: an index with reference types, else the reserved zero byte.</summary>
    private uint ReadTableIndex(ref WasmReader r, int offset) =>
        (_features & WasmFeatures.ReferenceTypes) != 0 ? r.ReadVarUInt32() : ReadZeroByte(ref r, offset);

    private static uint ReadZeroByte(ref WasmReader r, int offset)
    {
        if (r.ReadByte() != 0)
        {
            Fail("zero byte expected", offset);
        }

        return 0;
    }

    [DoesNotReturn]
    private static void Fail(string reason, int offset) => throw new WasmFormatException(reason, offset);

    // The messages are formatted out of line: inlined into the generated dispatch, the formatting's
    // locals would enlarge the stack frame that every operator's visit sets up.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FailIllegalOpcode(byte code, int offset) => Fail($"illegal opcode {code:x2}", offset);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FailIllegalOpcode(byte prefix, uint code, int offset) => Fail($"illegal opcode {prefix:x2} {code:x}", offset);

    private static OperatorImmediate[] BuildImmediates()
    {
        var kinds = new OperatorImmediate[OperatorInfos.All.Length];
        foreach (OperatorInfo info in OperatorInfos.All)
        {
            kinds[(int)info.Operator] = info.Immediate;
        }

        return kinds;
    }
}
