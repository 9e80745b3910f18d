namespace WasmSharp.Text.Wast;

/// <summary>
/// <c>(assert_trap action "msg")</c> or <c>(assert_trap module "msg")</c>. Exactly one of
/// <paramref name="Action"/> and <paramref name="Module"/> is set; the module form asserts that
/// instantiation (running the start function or initialising segments) traps.
/// </summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Action">The action expected to trap, or <see langword="null"/> for the module form.</param>
/// <param name="Module">The module whose instantiation is expected to trap, or <see langword="null"/>.</param>
/// <param name="Message">The expected trap message (a prefix of the runtime's message).</param>
public sealed record WastAssertTrap(int Line, WastAction? Action, WastModule? Module, string Message) : WastCommand(Line);
