using System.CommandLine;
using WasmSharp.Cli;

// The `wasmsharp` command. Subcommands mirror the `wasmtime` CLI where one exists.
var root = new RootCommand("WasmSharp: a WebAssembly runtime in pure C#.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    WastCliCommand.Create(),
};
return root.Parse(RunCommand.SeparateGuestArguments(args)).Invoke();
