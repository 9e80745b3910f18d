using System.CommandLine;
using WasmSharp.Text;
using WasmSharp.Types;
using WasmSharp.Wasi;

namespace WasmSharp.Cli;

/// <summary>
/// <c>wasmsharp run [OPTIONS] FILE [ARGS...]</c>: runs a WASI command (or invokes an export) with
/// the flags of <c>wasmtime run</c>, so that switching runtimes is a rename. The guest's exit code
/// becomes the process's; a trap prints <c>Error: failed to run main module</c> with the trap and
/// its wasm backtrace and exits with 134, as Wasmtime does on Unix.
/// </summary>
internal static class RunCommand
{
    /// <summary>Exit status after a trap: 128 + SIGABRT, Wasmtime's choice on Unix.</summary>
    public const int TrapExitCode = 134;

    /// <summary>How many frames of a trap's backtrace are printed.</summary>
    private const int MaxBacktraceFrames = 32;

    private static readonly string[] s_optionsWithValue = ["--dir", "--env", "--invoke", "--argv0", "-W"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The WebAssembly module to run, binary or text." };
        var guestArgs = new Argument<string[]>("args") { Description = "Arguments passed to the guest.", Arity = ArgumentArity.ZeroOrMore };
        var dirs = new Option<string[]>("--dir") { Description = "Grant access to a host directory: HOST[::GUEST].", AllowMultipleArgumentsPerToken = false };
        var envs = new Option<string[]>("--env") { Description = "Pass an environment variable: NAME=VAL, or NAME to inherit the host's value." };
        var invoke = new Option<string?>("--invoke") { Description = "Call this export instead of _start, with ARGS as its arguments, and print its results." };
        var argv0 = new Option<string?>("--argv0") { Description = "The guest's argv[0] (default: FILE as given)." };
        var settings = new Option<string[]>("-W") { Description = "Wasm settings: max-memory-size=N, max-wasm-stack=N, unknown-imports-trap, unknown-imports-default." };
        var command = new Command("run", "Run a WebAssembly module (a WASI command, or one export with --invoke).")
        {
            file, guestArgs, dirs, envs, invoke, argv0, settings,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(guestArgs) ?? [],
            parseResult.GetValue(dirs) ?? [],
            parseResult.GetValue(envs) ?? [],
            parseResult.GetValue(invoke),
            parseResult.GetValue(argv0),
            parseResult.GetValue(settings) ?? []));
        return command;
    }

    /// <summary>
    /// Marks where the guest's arguments start: everything after FILE belongs to the guest, even
    /// tokens that look like our options, as with <c>wasmtime run</c>. Inserts <c>--</c> after FILE.
    /// </summary>
    public static string[] SeparateGuestArguments(string[] args)
    {
        if (args.Length == 0 || args[0] != "run")
        {
            return args;
        }

        for (int i = 1; i < args.Length; i++)
        {
            string token = args[i];
            if (token == "--")
            {
                return args;
            }

            if (s_optionsWithValue.Contains(token))
            {
                i++;
                continue;
            }

            if (!token.StartsWith('-') || token == "-")
            {
                return [.. args[..(i + 1)], "--", .. args[(i + 1)..]];
            }
        }

        return args;
    }

    private static int Run(string file, string[] guestArgs, string[] dirs, string[] envs, string? invoke, string? argv0, string[] settingValues)
    {
        RunSettings settings;
        Module module;
        Engine engine;
        try
        {
            settings = RunSettings.Parse(settingValues);
            var config = new Config();
            if (settings.MaxWasmStack is int stack)
            {
                config.MaxWasmStack = stack;
            }

            engine = new Engine(config);
            module = Module.FromFile(engine, file);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException
            or WasmFormatException or WasmValidationException or WatParseException or ArgumentException or NotSupportedException)
        {
            return Fail($"failed to load `{file}`: {e.Message}");
        }

        WasiContext wasi;
        try
        {
            wasi = BuildWasi(file, argv0, guestArgs, dirs, envs);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or FormatException)
        {
            return Fail(e.Message);
        }

        using (wasi)
        {
            var store = new Store<WasiContext>(engine, wasi);
            if (settings.MaxMemorySize is long maxMemory)
            {
                var limits = new StoreLimits { MemorySize = maxMemory };
                store.Limiter(_ => limits);
            }

            var linker = new Linker<WasiContext>(engine).DefineWasi();
            if (settings.UnknownImportsTrap)
            {
                linker.DefineUnknownImportsAsTraps(module);
            }

            if (settings.UnknownImportsDefault)
            {
                linker.DefineUnknownImportsAsDefaultValues(module);
            }

            try
            {
                Instance instance = linker.Instantiate(store, module);
                return invoke is null ? RunCommandExport(store, instance, file) : Invoke(store, instance, invoke, guestArgs);
            }
            catch (WasiExit exit)
            {
                return exit.Code;
            }
            catch (Trap trap)
            {
                Console.Out.Flush();
                Console.Error.WriteLine($"Error: failed to run main module `{file}`");
                Console.Error.WriteLine();
                Console.Error.WriteLine("Caused by:");
                Console.Error.WriteLine($"    {trap.Message}");
                IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
                if (frames.Count > 0)
                {
                    // A stack overflow unwinds thousands of frames; the innermost ones tell the story.
                    Console.Error.WriteLine("wasm backtrace:");
                    for (int i = 0; i < Math.Min(frames.Count, MaxBacktraceFrames); i++)
                    {
                        Console.Error.WriteLine($"  {i,3}: {frames[i]}");
                    }

                    int more = Math.Max(frames.Count - MaxBacktraceFrames, 0) + trap.Backtrace.OmittedFrames;
                    if (more > 0)
                    {
                        Console.Error.WriteLine($"  ... {more} more frames");
                    }
                }

                return TrapExitCode;
            }
            catch (Exception e) when (e is WasmLinkException or WasmResourceLimitException or WasmOutOfMemoryException or FormatException or ArgumentException or NotSupportedException)
            {
                return Fail($"failed to run main module `{file}`: {e.Message}");
            }
        }
    }

    private static WasiContext BuildWasi(string file, string? argv0, string[] guestArgs, string[] dirs, string[] envs)
    {
        var config = new WasiConfig().InheritStdio().Arg(argv0 ?? file).Args(guestArgs);
        foreach (string env in envs)
        {
            int equals = env.IndexOf('=');
            if (equals < 0)
            {
                if (Environment.GetEnvironmentVariable(env) is string inherited)
                {
                    config.Env(env, inherited);
                }
            }
            else
            {
                config.Env(env[..equals], env[(equals + 1)..]);
            }
        }

        foreach (string dir in dirs)
        {
            int separator = dir.IndexOf("::", StringComparison.Ordinal);
            string host = separator < 0 ? dir : dir[..separator];
            string guest = separator < 0 ? dir : dir[(separator + 2)..];
            if (!Directory.Exists(host))
            {
                throw new IOException($"failed to open directory `{host}` for --dir");
            }

            config.PreopenedDir(host, guest);
        }

        return config.Build();
    }

    // A command runs `_start`; a module without it runs its start function only, like Wasmtime's
    // default export lookup ("" then _start).
    private static int RunCommandExport(Store<WasiContext> store, Instance instance, string file)
    {
        Func? entry = instance.GetFunc(store, "_start") ?? instance.GetFunc(store, "");
        if (entry is null)
        {
            return 0;
        }

        FuncType type = entry.Ty(store);
        if (type.Params.Count != 0)
        {
            return Fail($"failed to run main module `{file}`: `_start` must take no parameters");
        }

        Span<Val> results = new Val[type.Results.Count];
        entry.Call(store, [], results);
        return 0;
    }

    private static int Invoke(Store<WasiContext> store, Instance instance, string name, string[] arguments)
    {
        Func func = instance.GetFunc(store, name) ?? throw new ArgumentException($"failed to find function export `{name}`");
        FuncType type = func.Ty(store);
        if (arguments.Length != type.Params.Count)
        {
            throw new ArgumentException($"export `{name}` takes {type.Params.Count} arguments, {arguments.Length} given");
        }

        var parameters = new Val[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            parameters[i] = InvokeArguments.Parse(arguments[i], type.Params[i]);
        }

        var results = new Val[type.Results.Count];
        func.Call(store, parameters, results);
        foreach (Val result in results)
        {
            Console.WriteLine(InvokeArguments.Format(result));
        }

        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"Error: {message}");
        return 1;
    }
}
