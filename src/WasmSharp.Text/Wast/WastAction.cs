namespace WasmSharp.Text.Wast;

/// <summary>Base of script actions (<c>invoke</c>, <c>get</c>).</summary>
/// <param name="ModuleId">The target module instance (with <c>$</c>); the most recent one when <see langword="null"/>.</param>
/// <param name="Name">The export name.</param>
public abstract record WastAction(string? ModuleId, string Name);
