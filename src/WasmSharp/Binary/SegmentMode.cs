namespace WasmSharp.Binary;

/// <summary>How an element or data segment is used (spec "Element Segments", "Data Segments").</summary>
internal enum SegmentMode : byte
{
    /// <summary>Copied into a table or memory at instantiation.</summary>
    Active,
    /// <summary>Used by <c>table.init</c>/<c>memory.init</c> (and GC array initialisers).</summary>
    Passive,
    /// <summary>Element segments only: declares references for <c>ref.func</c>, then dropped.</summary>
    Declarative,
}
