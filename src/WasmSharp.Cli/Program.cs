using System.CommandLine;
using WasmSharp.Cli;

// The `wasmsharp` command. Subcommands mirror the `wasmtime` CLI where one exists.
var root = new RootCommand("WasmSharp: a WebAssembly runtime in pure C#.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    WastCliCommand.Create(),
};

// Expected failures are reported by the commands; anything else escaping is a bug, reported as one
// `Error:` line naming the exception type (so it is not mistaken for a guest error) instead of a
// .NET stack trace, with Wasmtime's exit status for errors.
ParseResult parsed = root.Parse(RunCommand.SeparateGuestArguments(args));
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Out.Flush();
    Console.Error.WriteLine($"Error: {e.GetType().FullName}: {e.Message}");
    return 1;
}
