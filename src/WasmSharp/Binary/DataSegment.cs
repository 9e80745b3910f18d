namespace WasmSharp.Binary;

/// <summary>A data segment (spec "Data Segments").</summary>
/// <param name="Mode">Active or passive.</param>
/// <param name="MemoryIndex">For active segments: the target memory.</param>
/// <param name="Offset">For active segments: the offset expression.</param>
/// <param name="DataOffset">Byte offset of the segment's bytes in the module.</param>
/// <param name="DataLength">Number of bytes.</param>
internal readonly record struct DataSegment(SegmentMode Mode, int MemoryIndex, ConstExpr Offset, int DataOffset, int DataLength);
