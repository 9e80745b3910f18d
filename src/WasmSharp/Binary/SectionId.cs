namespace WasmSharp.Binary;

/// <summary>Section ids of the binary format (spec "Sections").</summary>
internal enum SectionId : byte
{
    /// <summary>Custom section: a name and opaque bytes; may appear anywhere.</summary>
    Custom = 0,
    /// <summary>Type section.</summary>
    Type = 1,
    /// <summary>Import section.</summary>
    Import = 2,
    /// <summary>Function section: the type index of every defined function.</summary>
    Function = 3,
    /// <summary>Table section.</summary>
    Table = 4,
    /// <summary>Memory section.</summary>
    Memory = 5,
    /// <summary>Global section.</summary>
    Global = 6,
    /// <summary>Export section.</summary>
    Export = 7,
    /// <summary>Start section.</summary>
    Start = 8,
    /// <summary>Element section.</summary>
    Element = 9,
    /// <summary>Code section.</summary>
    Code = 10,
    /// <summary>Data section.</summary>
    Data = 11,
    /// <summary>Data count section (bulk memory); comes before the code section.</summary>
    DataCount = 12,
    /// <summary>Tag section (exception handling); comes between the memory and global sections.</summary>
    Tag = 13,
}
