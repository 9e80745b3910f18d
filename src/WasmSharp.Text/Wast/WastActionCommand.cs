namespace WasmSharp.Text.Wast;

/// <summary>A bare action (<c>invoke</c> or <c>get</c>) executed for its side effects.</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Action">The action.</param>
public sealed record WastActionCommand(int Line, WastAction Action) : WastCommand(Line);
