namespace WasmSharp.Text.Wast;

/// <summary>
/// <c>(module instance $inst? $def?)</c>: instantiates a module previously defined with
/// <c>(module definition ...)</c>.
/// </summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="InstanceId">The name bound to the new instance (with <c>$</c>), if any.</param>
/// <param name="DefinitionId">The module definition to instantiate (with <c>$</c>); the most recent one when absent.</param>
public sealed record WastModuleInstanceCommand(int Line, string? InstanceId, string? DefinitionId) : WastCommand(Line);
