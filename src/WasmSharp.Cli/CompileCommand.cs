using System.CommandLine;
using WasmSharp.Cli.Options;
using WasmSharp.Text;

namespace WasmSharp.Cli;

/// <summary>
/// <c>wasmsharp compile [OPTIONS] FILE [-o OUT]</c>: precompiles a module, binary or text, into an
/// artifact that <c>wasmsharp run --allow-precompiled</c> (or <see cref="Module.Deserialize(Engine, byte[])"/>)
/// loads without validating or compiling it again, as <c>wasmtime compile</c> does. The option
/// groups choose the engine the artifact is for; running it needs the same code settings.
/// </summary>
internal sealed class CompileCommand
{
    private readonly Argument<string> _file = new("file") { Description = "The WebAssembly module to compile, binary or text." };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Where to write the precompiled module (default: FILE with the extension .cwasm).", HelpName = "OUT" };

    /// <summary>The option groups and <c>--config</c>.</summary>
    public GroupOptions Groups { get; } = new();

    /// <summary>Builds the command.</summary>
    public Command Create()
    {
        var command = new Command("compile", "Compile a WebAssembly module ahead of time into a precompiled module (.cwasm).")
        {
            _file,
            _output,
        };
        Groups.AddTo(command);
        command.SetAction(parsed => Run(parsed.GetValue(_file)!, parsed.GetValue(_output), Groups.Read(parsed)));
        return command;
    }

    private static int Run(string file, string? output, RunSettings settings)
    {
        Engine engine;
        try
        {
            engine = new Engine(settings.BuildConfig());
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        output ??= Path.ChangeExtension(file, ".cwasm");
        try
        {
            byte[] artifact = engine.PrecompileModule(File.ReadAllBytes(file));

            // Written beside the output and renamed over it: a process reading the output meanwhile
            // gets the old artifact or the new one, never part of one.
            string temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.{Environment.ProcessId}.tmp");
            try
            {
                File.WriteAllBytes(temporary, artifact);
                File.Move(temporary, output, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WasmFormatException or WasmValidationException
            or WasmImplementationLimitException or WatParseException)
        {
            Console.Error.WriteLine($"Error: failed to compile `{file}`: {e.Message}");
            return 1;
        }
    }
}
