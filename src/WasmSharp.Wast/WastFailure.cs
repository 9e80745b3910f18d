namespace WasmSharp.Wast;

/// <summary>One failed command of a script.</summary>
/// <param name="FileName">The script's file name as given.</param>
/// <param name="Line">The 1-based line of the command.</param>
/// <param name="CommandKind">The command's keyword, e.g. <c>assert_invalid</c>.</param>
/// <param name="Message">What went wrong.</param>
public sealed record WastFailure(string FileName, int Line, string CommandKind, string Message)
{
    /// <summary>The CLI's one-line form: <c>FILE:LINE: kind: message</c>.</summary>
    public override string ToString() => $"{FileName}:{Line}: {CommandKind}: {Message}";
}
