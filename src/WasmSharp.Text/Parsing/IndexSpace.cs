namespace WasmSharp.Text.Parsing;

/// <summary>Module-level index spaces that identifiers can name (spec 6.6.1 "Indices", identifier context).</summary>
internal enum IndexSpace
{
    /// <summary>Types.</summary>
    Type,

    /// <summary>Functions.</summary>
    Func,

    /// <summary>Tables.</summary>
    Table,

    /// <summary>Memories.</summary>
    Memory,

    /// <summary>Globals.</summary>
    Global,

    /// <summary>Tags.</summary>
    Tag,

    /// <summary>Element segments.</summary>
    Elem,

    /// <summary>Data segments.</summary>
    Data,
}
