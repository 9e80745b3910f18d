namespace WasmSharp.Cli.Options;

/// <summary>
/// One <c>KEY[=VAL]</c> of an option group, like an entry of Wasmtime's <c>wasmtime_option_group!</c>.
/// <see cref="Apply"/> parses the value and records it, throwing <see cref="FormatException"/> for a
/// malformed value or <see cref="NotSupportedException"/> for one WasmSharp cannot honour.
/// </summary>
/// <param name="Name">The key as written on the command line, e.g. <c>max-memory-size</c>.</param>
/// <param name="ValueHelp">How the value is written, e.g. <c>=N</c> or <c>[=y|n]</c>.</param>
/// <param name="Description">One line for <c>-W help</c>.</param>
/// <param name="Apply">Parses the value (null for a bare key) into the settings.</param>
/// <param name="Default">The value <c>config new</c> writes, or null when the key has no default to show.</param>
internal sealed record OptionKey(string Name, string ValueHelp, string Description, Action<RunSettings, string?> Apply, string? Default = null)
{
    /// <summary>Whether the key is one WasmSharp cannot honour with any value.</summary>
    public bool IsUnsupported { get; init; }
}
