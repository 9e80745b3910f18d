namespace WasmSharp.Binary;

/// <summary>The subsection ids of the name section (spec appendix "Name Section", extended name section).</summary>
internal static class NameSubsection
{
    /// <summary>The module's name.</summary>
    public const byte Module = 0;

    /// <summary>Function names (a name map).</summary>
    public const byte Functions = 1;

    /// <summary>Local names by function (an indirect name map).</summary>
    public const byte Locals = 2;

    /// <summary>Label names by function, by function label index (an indirect name map).</summary>
    public const byte Labels = 3;

    /// <summary>Field names by structure type (an indirect name map).</summary>
    public const byte Fields = 10;

    /// <summary>Tag names (a name map); the last subsection defined.</summary>
    public const byte Tags = 11;
}
