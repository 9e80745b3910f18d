namespace WasmSharp.Text.Wast;

/// <summary><c>(assert_exception action)</c>: the action must end with an uncaught WebAssembly exception.</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Action">The action.</param>
public sealed record WastAssertException(int Line, WastAction Action) : WastCommand(Line);
