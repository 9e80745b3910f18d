using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>An element segment (spec "Element Segments"), any of the eight binary forms.</summary>
internal sealed class ElementSegment
{
    /// <summary>Active, passive or declarative.</summary>
    public required SegmentMode Mode { get; init; }

    /// <summary>For active segments: the target table.</summary>
    public int TableIndex { get; init; }

    /// <summary>For active segments: the offset expression.</summary>
    public ConstExpr Offset { get; init; }

    /// <summary>
    /// The reference type of the elements: <c>(ref func)</c> for the function-index forms (0-3), whose
    /// elements are never null; <c>funcref</c> for form 4; the declared type for forms 5-7.
    /// </summary>
    public required ValType ElementType { get; init; }

    /// <summary>The elements as function indices (forms 0-3), or null.</summary>
    public int[]? FunctionIndices { get; init; }

    /// <summary>The elements as constant expressions (forms 4-7), or null.</summary>
    public ConstExpr[]? Expressions { get; init; }

    /// <summary>Number of elements.</summary>
    public int Count => FunctionIndices?.Length ?? Expressions!.Length;
}
