using System.CommandLine;
using WasmSharp.Cli.Options;

namespace WasmSharp.Cli;

/// <summary>
/// <c>wasmsharp config new [FILE_PATH]</c>: writes a new configuration file, as <c>wasmtime config
/// new</c> does (refusing to overwrite one, creating the folder, printing where it went). Wasmtime's
/// file configures its compilation cache, which WasmSharp does not have; WasmSharp's holds the
/// defaults of the option-group keys it implements, read back with <c>run --config FILE</c>.
/// </summary>
internal static class ConfigCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var path = new Argument<string?>("FILE_PATH")
        {
            Description = $"Where to write the file (default: {ConfigFile.DefaultPath}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var create = new Command("new", "Creates a new WasmSharp configuration file.") { path };
        create.SetAction(parsed => New(parsed.GetValue(path) ?? ConfigFile.DefaultPath));
        return new Command("config", "Controls WasmSharp configuration settings.") { create };
    }

    private static int New(string path)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            Console.Error.WriteLine($"Error: Configuration file '{path}' already exists.");
            return 1;
        }

        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, ConfigFile.Template());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Error: failed to write config file '{path}': {e.Message}");
            return 1;
        }

        Console.WriteLine($"Successfully created a new configuration file at '{path}'.");
        return 0;
    }
}
