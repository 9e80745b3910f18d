namespace WasmSharp.Cli;

/// <summary>
/// The command line is wrong: an unknown option, a malformed or unsupported <c>-W</c>/<c>-S</c>/
/// <c>-C</c>/<c>-O</c>/<c>-D</c> value, a bad <c>--preload</c>. Reported as one <c>error:</c> line and
/// exit status 2, as clap reports usage errors for <c>wasmtime</c>.
/// </summary>
internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>The exit status of a usage error (clap's).</summary>
    public const int ExitCode = 2;
}
