using System.CommandLine;
using WasmSharp.Text;

namespace WasmSharp.Cli;

/// <summary><c>wasmsharp validate FILE</c>: decodes and validates a binary or text module.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A WebAssembly module, binary (.wasm) or text (.wat)." };
        var command = new Command("validate", "Check that a module is well-formed and valid; exit 0 if so, 1 with the error if not.")
        {
            file,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!));
        return command;
    }

    private static int Run(FileInfo file)
    {
        try
        {
            // Decode and validate only (Module::validate): compiling is not part of the check, and a module the
            // compiler cannot handle is still valid.
            byte[] bytes = File.ReadAllBytes(file.FullName);
            if (!bytes.AsSpan().StartsWith("\0asm"u8))
            {
                bytes = WatParser.ParseModule(System.Text.Encoding.UTF8.GetString(bytes));
            }

            Module.Validate(new Engine(), bytes);
            Console.WriteLine($"{file}: valid");
            return 0;
        }
        catch (Exception e) when (e is WasmFormatException or WasmValidationException or WatParseException)
        {
            Console.Error.WriteLine($"{file}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
