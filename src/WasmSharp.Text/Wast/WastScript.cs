namespace WasmSharp.Text.Wast;

/// <summary>
/// A parsed WebAssembly script (<c>.wast</c>): a sequence of commands as defined by the
/// reference interpreter's script format (spec repository, <c>interpreter/README.md</c>, "Scripts").
/// </summary>
public sealed class WastScript
{
    /// <summary>Creates a script from its commands.</summary>
    /// <param name="fileName">The file the script was read from, if known.</param>
    /// <param name="commands">The top-level commands, in source order.</param>
    public WastScript(string? fileName, IReadOnlyList<WastCommand> commands)
    {
        FileName = fileName;
        Commands = commands;
    }

    /// <summary>The file the script was read from, or <see langword="null"/>.</summary>
    public string? FileName { get; }

    /// <summary>The top-level commands in source order.</summary>
    public IReadOnlyList<WastCommand> Commands { get; }
}
