namespace WasmSharp.Text.Wast;

/// <summary>A <c>thread</c> command whose header has been read and whose commands are being collected.</summary>
/// <param name="Line">1-based line of the opening parenthesis.</param>
/// <param name="Name">The thread name (with <c>$</c>).</param>
/// <param name="Shared">Module instance names (with <c>$</c>) visible to the thread.</param>
/// <param name="Commands">The commands read so far.</param>
internal sealed record OpenThread(int Line, string Name, List<string> Shared, List<WastCommand> Commands);
