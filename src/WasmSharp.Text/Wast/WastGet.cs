namespace WasmSharp.Text.Wast;

/// <summary><c>(get $module? "name")</c>: reads an exported global.</summary>
/// <param name="ModuleId">The target module instance (with <c>$</c>), or <see langword="null"/> for the most recent.</param>
/// <param name="Name">The export name.</param>
public sealed record WastGet(string? ModuleId, string Name) : WastAction(ModuleId, Name);
