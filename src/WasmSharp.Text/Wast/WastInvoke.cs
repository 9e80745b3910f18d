namespace WasmSharp.Text.Wast;

/// <summary><c>(invoke $module? "name" const*)</c>: calls an exported function.</summary>
/// <param name="ModuleId">The target module instance (with <c>$</c>), or <see langword="null"/> for the most recent.</param>
/// <param name="Name">The export name.</param>
/// <param name="Args">The argument constants.</param>
public sealed record WastInvoke(string? ModuleId, string Name, IReadOnlyList<WastValue> Args) : WastAction(ModuleId, Name);
