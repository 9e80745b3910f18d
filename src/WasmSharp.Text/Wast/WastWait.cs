namespace WasmSharp.Text.Wast;

/// <summary><c>(wait $name)</c>: waits for the named <see cref="WastThread"/> to finish.</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Name">The thread name (with <c>$</c>).</param>
public sealed record WastWait(int Line, string Name) : WastCommand(Line);
