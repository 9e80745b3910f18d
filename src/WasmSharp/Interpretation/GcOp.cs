namespace WasmSharp.Interpretation;

/// <summary>
/// The <see cref="ExtendedFamily.Gc"/> instructions: the handler's operator is
/// <c>(GcOp &lt;&lt; 3) | GcStorage</c>, the storage selecting the field or element type where the
/// instruction has one. Operands follow the handler: destination slot first when there is a
/// result, then the input slots in WebAssembly stack order, then immediates.
/// </summary>
internal enum GcOp
{
    /// <summary>
    /// <c>dst, typeId, numSlots, refSlots, count, (storage, fieldSlot, src) × count</c>:
    /// <c>struct.new</c>, each field stored from its operand.
    /// </summary>
    StructNew,

    /// <summary><c>dst, typeId, numSlots, refSlots</c>: <c>struct.new_default</c>.</summary>
    StructNewDefault,

    /// <summary><c>dst, struct, fieldSlot</c>: <c>struct.get</c> and <c>struct.get_u</c>.</summary>
    StructGet,

    /// <summary><c>dst, struct, fieldSlot</c>: <c>struct.get_s</c> (storage i8 or i16).</summary>
    StructGetS,

    /// <summary><c>struct, value, fieldSlot</c>: <c>struct.set</c>.</summary>
    StructSet,

    /// <summary><c>dst, value, length, typeId</c>: <c>array.new</c>.</summary>
    ArrayNew,

    /// <summary><c>dst, length, typeId</c>: <c>array.new_default</c>.</summary>
    ArrayNewDefault,

    /// <summary><c>dst, typeId, count, src × count</c>: <c>array.new_fixed</c>.</summary>
    ArrayNewFixed,

    /// <summary><c>dst, offset, length, typeId, segment</c>: <c>array.new_data</c>.</summary>
    ArrayNewData,

    /// <summary><c>dst, offset, length, typeId, segment</c>: <c>array.new_elem</c>.</summary>
    ArrayNewElem,

    /// <summary><c>dst, array, index</c>: <c>array.get</c> and <c>array.get_u</c>.</summary>
    ArrayGet,

    /// <summary><c>dst, array, index</c>: <c>array.get_s</c> (storage i8 or i16).</summary>
    ArrayGetS,

    /// <summary><c>array, index, value</c>: <c>array.set</c>.</summary>
    ArraySet,

    /// <summary><c>dst, array</c>: <c>array.len</c>.</summary>
    ArrayLen,

    /// <summary><c>array, offset, value, count</c>: <c>array.fill</c>.</summary>
    ArrayFill,

    /// <summary><c>destination, destinationOffset, source, sourceOffset, count</c>: <c>array.copy</c>.</summary>
    ArrayCopy,

    /// <summary><c>array, destination, source, count, segment</c>: <c>array.init_data</c>.</summary>
    ArrayInitData,

    /// <summary><c>array, destination, source, count, segment</c>: <c>array.init_elem</c>.</summary>
    ArrayInitElem,

    /// <summary><c>dst, value, test, typeId, nullable</c>: <c>ref.test</c> (see <see cref="Vm.GcHeapTest"/>).</summary>
    RefTest,

    /// <summary>
    /// <c>value, test, typeId, nullable</c>: <c>ref.cast</c>, which traps or leaves the value where
    /// it is (a cast changes only the static type).
    /// </summary>
    RefCast,

    /// <summary><c>dst, value</c>: <c>ref.i31</c>.</summary>
    I31New,

    /// <summary><c>dst, i31</c>: <c>i31.get_s</c>.</summary>
    I31GetS,

    /// <summary><c>dst, i31</c>: <c>i31.get_u</c>.</summary>
    I31GetU,

    /// <summary><c>dst, a, b</c>: <c>ref.eq</c> (0xD3).</summary>
    RefEq,

    /// <summary><c>value</c>: <c>ref.as_non_null</c> (0xD4), which traps or leaves the value where it is.</summary>
    RefAsNonNull,
}
