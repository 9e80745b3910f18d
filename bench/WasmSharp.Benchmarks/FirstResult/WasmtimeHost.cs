using WT = Wasmtime;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// The <c>wasmtime-run</c> mode: runs one module under the Wasmtime NuGet package as
/// <c>wasmtime run</c> would, so that the <c>first-result</c> mode can time Wasmtime as a whole
/// process without a wasmtime CLI. It takes the subset of <c>wasmsharp run</c>'s options that
/// <see cref="FirstResultProgram.RunArguments"/> passes (<c>--dir HOST::GUEST</c>, <c>--invoke NAME</c>,
/// <c>-W unknown-imports-trap|default</c>, <c>--argv0 NAME</c>, then FILE and its arguments),
/// inherits stdio, calls <c>_initialize</c> when exported, then the export or <c>_start</c>, and
/// exits with the guest's <c>proc_exit</c> code (134 after a trap, as Wasmtime on Unix).
/// Its engine is Wasmtime's default (Cranelift, parallel compilation, no cache): a cold start.
/// </summary>
internal static class WasmtimeHost
{
    /// <summary>The mode's name on the benchmark host's command line.</summary>
    public const string Command = "wasmtime-run";

    public static int Run(string[] args)
    {
        var dirs = new List<(string Host, string Guest)>();
        string? invoke = null;
        string? unknownImports = null;
        string? argv0 = null;
        int i = 0;
        for (; i < args.Length && args[i].StartsWith('-'); i += 2)
        {
            if (i + 1 >= args.Length)
            {
                return Usage($"{args[i]} needs a value");
            }

            string value = args[i + 1];
            switch (args[i])
            {
                case "--dir":
                    int separator = value.IndexOf("::", StringComparison.Ordinal);
                    dirs.Add(separator < 0 ? (value, value) : (value[..separator], value[(separator + 2)..]));
                    break;
                case "--invoke":
                    invoke = value;
                    break;
                case "-W" when value is "unknown-imports-trap" or "unknown-imports-default":
                    unknownImports = value["unknown-imports-".Length..];
                    break;
                case "--argv0":
                    argv0 = value;
                    break;
                default:
                    return Usage($"unsupported option {args[i]} {value}");
            }
        }

        if (i >= args.Length)
        {
            return Usage("no module given");
        }

        string file = args[i];
        string[] guestArgs = args[(i + 1)..];
        using var engine = new WT.Engine();
        using var module = WT.Module.FromFile(engine, file);
        using var linker = new WT.Linker(engine);
        using var store = new WT.Store(engine);
        linker.DefineWasi();
        var wasi = new WT.WasiConfiguration()
            .WithArg(argv0 ?? Path.GetFileName(file))
            .WithArgs(guestArgs)
            .WithInheritedStandardInput()
            .WithInheritedStandardOutput()
            .WithInheritedStandardError();
        foreach ((string host, string guest) in dirs)
        {
            wasi = wasi.WithPreopenedDirectory(host, guest, mutable: true);
        }

        store.SetWasiConfiguration(wasi);
        if (unknownImports == "trap")
        {
            linker.DefineUnknownImportsAsTraps(module);
        }
        else if (unknownImports == "default")
        {
            linker.DefineUnknownImportsAsDefaultValues(store, module);
        }

        try
        {
            WT.Instance instance = linker.Instantiate(store, module);
            instance.GetAction("_initialize")?.Invoke();
            string entry = invoke ?? "_start";
            Action action = instance.GetAction(entry) ?? throw new InvalidOperationException($"no export `{entry}` of type () -> ()");
            action();
            return 0;
        }
        catch (WT.WasmtimeException e) when (e.ExitCode is int code)
        {
            return code;
        }
        catch (WT.TrapException e)
        {
            Console.Error.WriteLine($"Error: {e.Message}");
            return 134;
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"{Command}: {message}");
        return 2;
    }
}
