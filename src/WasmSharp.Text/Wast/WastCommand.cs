namespace WasmSharp.Text.Wast;

/// <summary>
/// Base of all script commands (reference interpreter script grammar, <c>cmd</c>).
/// </summary>
/// <param name="Line">1-based line of the command's opening parenthesis.</param>
public abstract record WastCommand(int Line);
