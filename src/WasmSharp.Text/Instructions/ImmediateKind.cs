namespace WasmSharp.Text.Instructions;

/// <summary>The immediate operands an instruction takes in the text format (spec 6.5 "Instructions").</summary>
internal enum ImmediateKind
{
    /// <summary>No immediates.</summary>
    None,

    /// <summary>Structured instruction (block, loop, if, try_table, try); handled by the control parser.</summary>
    Block,

    /// <summary>A label index.</summary>
    Label,

    /// <summary><c>br_table</c>: label indices, the last one being the default.</summary>
    BrTable,

    /// <summary>A function index.</summary>
    Func,

    /// <summary>A type index.</summary>
    Type,

    /// <summary>A local index.</summary>
    Local,

    /// <summary>A global index.</summary>
    Global,

    /// <summary>An optional table index (default 0).</summary>
    Table,

    /// <summary>Two optional table indices (destination, source).</summary>
    TableCopy,

    /// <summary>Optional table index then element segment index.</summary>
    TableInit,

    /// <summary>An element segment index.</summary>
    Elem,

    /// <summary>A data segment index.</summary>
    Data,

    /// <summary>An optional memory index.</summary>
    Memory,

    /// <summary>Two optional memory indices.</summary>
    MemoryCopy,

    /// <summary>Optional memory index then data segment index.</summary>
    MemoryInit,

    /// <summary>Optional memory index, <c>offset=</c>, <c>align=</c>.</summary>
    MemArg,

    /// <summary>Memory argument followed by a lane index.</summary>
    MemArgLane,

    /// <summary>i32 literal.</summary>
    I32,

    /// <summary>i64 literal.</summary>
    I64,

    /// <summary>f32 literal.</summary>
    F32,

    /// <summary>f64 literal.</summary>
    F64,

    /// <summary>v128 shape and lanes.</summary>
    V128,

    /// <summary>A lane index.</summary>
    Lane,

    /// <summary>16 lane indices.</summary>
    Shuffle,

    /// <summary><c>select</c> with optional result types.</summary>
    Select,

    /// <summary>A heap type.</summary>
    HeapType,

    /// <summary>A reference type; the opcode is chosen by nullability (<c>ref.test</c>, <c>ref.cast</c>).</summary>
    RefType,

    /// <summary>Label and two reference types (<c>br_on_cast</c>, <c>br_on_cast_fail</c>).</summary>
    BrOnCast,

    /// <summary>Type index and field index.</summary>
    StructField,

    /// <summary>Type index and element count.</summary>
    ArrayFixed,

    /// <summary>Type index and data index.</summary>
    ArrayData,

    /// <summary>Type index and element index.</summary>
    ArrayElem,

    /// <summary>Two type indices.</summary>
    ArrayCopy,

    /// <summary>A tag index.</summary>
    Tag,

    /// <summary>Optional table index and a type use.</summary>
    CallIndirect,

    /// <summary>A single zero byte (<c>atomic.fence</c>).</summary>
    Fence,
}
