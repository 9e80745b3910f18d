using WasmSharp.Types;

namespace WasmSharp.Operators;

/// <summary>
/// The decoded immediates of one operator, filled by <see cref="OperatorReader.ReadImmediates"/> for
/// consumers that switch on <see cref="Operator"/> (the others use <see cref="OperatorReader.Visit"/>).
/// Only the fields of the operator's <see cref="OperatorImmediate"/> kind are written; the struct is
/// reused from one operator to the next, so reading an operator allocates nothing. Vectors (br_table
/// targets, try_table catch clauses) stay in the code and are re-read from <see cref="VectorPosition"/>.
/// </summary>
internal struct OperatorImmediates
{
    /// <summary>
    /// The first index: label (br_table: the default label), tag, function, type, local, global,
    /// table, memory, data or element segment, destination of a copy; for select_typed the number of types.
    /// </summary>
    public uint Index;

    /// <summary>
    /// The second index: call_indirect's table, a struct field, array.new_fixed's operand count, the
    /// segment of array.new_data/elem and array.init_data/elem, memory.init's memory, table.init's
    /// table, the source of a copy.
    /// </summary>
    public uint Index2;

    /// <summary>i32.const and i64.const values; the bits of f32.const and f64.const; bytes 0-7 of a v128 immediate.</summary>
    public long Value;

    /// <summary>Bytes 8-15 of the v128 immediate of v128.const and i8x16.shuffle.</summary>
    public long High;

    /// <summary>The block type of block, loop, if, try and try_table.</summary>
    public BlockType Block;

    /// <summary>The first type of select_typed.</summary>
    public ValType Type;

    /// <summary>The heap type of ref.null, ref.test and ref.cast; br_on_cast's source type.</summary>
    public HeapType Heap;

    /// <summary>br_on_cast's target type.</summary>
    public HeapType Heap2;

    /// <summary>A memory access's memarg.</summary>
    public MemArg MemArg;

    /// <summary>A lane index; br_on_cast's nullability flags.</summary>
    public byte Lane;

    /// <summary>Reader position of the first br_table target or try_table catch clause.</summary>
    public int VectorPosition;

    /// <summary>Number of br_table targets (without the default) or try_table catch clauses.</summary>
    public int VectorCount;
}
