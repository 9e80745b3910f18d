namespace WasmSharp.Text.Wast;

/// <summary><c>(assert_exhaustion action "msg")</c>: the action must exhaust a resource (e.g. call stack).</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Action">The action.</param>
/// <param name="Message">The expected message.</param>
public sealed record WastAssertExhaustion(int Line, WastAction Action, string Message) : WastCommand(Line);
