namespace WasmSharp.Text.Wast;

/// <summary>
/// A module command: <c>(module ...)</c>, <c>(module binary ...)</c>, <c>(module quote ...)</c>
/// or <c>(module definition ...)</c>. A non-definition module is instantiated immediately.
/// </summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Module">The module.</param>
public sealed record WastModuleCommand(int Line, WastModule Module) : WastCommand(Line)
{
    /// <summary>
    /// True for <c>(module definition ...)</c>: the module is only defined and must be
    /// instantiated explicitly by <see cref="WastModuleInstanceCommand"/>.
    /// </summary>
    public bool IsDefinition => Module.IsDefinition;
}
