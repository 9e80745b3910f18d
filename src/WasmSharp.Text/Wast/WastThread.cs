namespace WasmSharp.Text.Wast;

/// <summary>
/// <c>(thread $name (shared (module $m))* cmd*)</c> from the threads proposal's script extension:
/// runs <paramref name="Commands"/> concurrently, sharing the listed module instances.
/// </summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Name">The thread name (with <c>$</c>).</param>
/// <param name="SharedModules">Module instance names (with <c>$</c>) visible to the thread.</param>
/// <param name="Commands">The commands run by the thread.</param>
public sealed record WastThread(int Line, string Name, IReadOnlyList<string> SharedModules, IReadOnlyList<WastCommand> Commands) : WastCommand(Line);
