namespace WasmSharp.Text.Wast;

/// <summary><c>(assert_uninstantiable module "msg")</c>: instantiating the module must fail (e.g. a start function traps).</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Module">The module under test; encode it lazily with <see cref="WastModule.ToBinary"/>.</param>
/// <param name="Message">The expected error message (the runtime's message should start with or contain it).</param>
public sealed record WastAssertUninstantiable(int Line, WastModule Module, string Message) : WastCommand(Line);
