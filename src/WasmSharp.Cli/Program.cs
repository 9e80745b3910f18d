using System.CommandLine;
using System.CommandLine.Invocation;
using WasmSharp.Cli;

// The `wasmsharp` command. Subcommands mirror the `wasmtime` CLI where one exists.
// Usage errors (unknown options, bad -W/-S/-C/-O/-D values) are one `error:` line and exit 2, as
// clap reports them for wasmtime. Expected failures are reported by the commands; anything else
// escaping is a bug, reported as one `Error: internal error:` line naming the exception type (so it
// is not mistaken for a guest error) instead of a .NET stack trace, with Wasmtime's exit status for
// errors; so is an exception escaping another thread, which would otherwise end the process with
// the runtime's stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    InternalError.Report(e.ExceptionObject as Exception);
    Environment.Exit(InternalError.ExitCode);
};

try
{
    var commandLine = new WasmsharpCommandLine();
    if (args.Length == 0)
    {
        // As clap's arg_required_else_help: the help, and the status of a usage error.
        commandLine.Parse(["--help"]).Invoke();
        return UsageException.ExitCode;
    }

    ParseResult parsed = commandLine.Parse(args);
    if (commandLine.RequestedGroupHelp(parsed) is string help)
    {
        Console.Write(help);
        return 0;
    }

    if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
    {
        string message = parsed.UnmatchedTokens.Count > 0
            ? $"unexpected argument '{parsed.UnmatchedTokens[0]}' found"
            : parsed.Errors[0].Message;
        Console.Error.WriteLine($"error: {message}");
        return UsageException.ExitCode;
    }

    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Console.Out.Flush();
    Console.Error.WriteLine($"error: {e.Message}");
    return UsageException.ExitCode;
}
catch (Exception e)
{
    InternalError.Report(e);
    return InternalError.ExitCode;
}
