namespace WasmSharp.Text.Wast;

/// <summary>How a script module is written.</summary>
public enum WastModuleKind
{
    /// <summary>A text module <c>(module $id? field*)</c>.</summary>
    Text,

    /// <summary>A binary module <c>(module $id? binary "..."*)</c>.</summary>
    Binary,

    /// <summary>A quoted text module <c>(module $id? quote "..."*)</c>.</summary>
    Quote,
}
