namespace WasmSharp.Text.Wast;

/// <summary><c>(assert_invalid_custom module "msg")</c>: the module must be rejected because a custom section is invalid.</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Module">The module under test; encode it lazily with <see cref="WastModule.ToBinary"/>.</param>
/// <param name="Message">The expected error message (the runtime's message should start with or contain it).</param>
public sealed record WastAssertInvalidCustom(int Line, WastModule Module, string Message) : WastCommand(Line);
