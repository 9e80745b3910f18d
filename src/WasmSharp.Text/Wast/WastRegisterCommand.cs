namespace WasmSharp.Text.Wast;

/// <summary>
/// <c>(register "name" $module?)</c>: makes a module instance's exports importable under <paramref name="Name"/>.
/// </summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Name">The import module name to register under.</param>
/// <param name="ModuleId">The module instance (with <c>$</c>); the most recent one when absent.</param>
public sealed record WastRegisterCommand(int Line, string Name, string? ModuleId) : WastCommand(Line);
