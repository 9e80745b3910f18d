namespace WasmSharp.Text.Wast;

/// <summary><c>(assert_return action result*)</c>: the action must return results matching the patterns.</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Action">The action to perform.</param>
/// <param name="Results">The expected result patterns, in order.</param>
public sealed record WastAssertReturn(int Line, WastAction Action, IReadOnlyList<WastExpected> Results) : WastCommand(Line);
