namespace WasmSharp.Text.Parsing;

/// <summary>Element and data segment modes (spec 2.5.7 "Element Segments").</summary>
internal enum ElemMode
{
    /// <summary>Copied into a table at instantiation.</summary>
    Active,

    /// <summary>Used by <c>table.init</c>/<c>array.new_elem</c>.</summary>
    Passive,

    /// <summary>Only declares function references.</summary>
    Declarative,
}
