using System.Diagnostics;
using WasmSharp.Cli.Options;
using WasmSharp.Text;
using WasmSharp.Types;
using WasmSharp.Wasi;

namespace WasmSharp.Cli;

/// <summary>
/// Runs one module as <c>wasmtime run</c> does (src/commands/run.rs): engine from the option groups,
/// WASI linked, preloads instantiated and defined under their names, store limits, fuel and the
/// timeout's epoch deadline set, then <c>_initialize</c> and <c>--invoke NAME</c> or the default
/// export (<c>""</c>, then <c>_start</c>). The guest's <c>proc_exit</c> code becomes the exit status;
/// a trap prints <c>Error:</c> with the trap and its wasm backtrace and exits with 134 as Wasmtime
/// does on Unix; other failures print one <c>Error:</c> line and exit with 1.
/// </summary>
internal sealed class ModuleRunner(
    string file,
    string[] guestArguments,
    RunSettings settings,
    string[] dirs,
    string[] envs,
    string? invoke,
    string? argv0,
    IReadOnlyList<(string Name, string Path)> preloads,
    bool allowPrecompiled)
{
    /// <summary>Exit status after a trap: 128 + SIGABRT, Wasmtime's choice on Unix.</summary>
    public const int TrapExitCode = 134;

    /// <summary>How many frames of a trap's backtrace are printed.</summary>
    private const int MaxBacktraceFrames = 32;

    /// <summary>Runs the module and returns the process's exit status.</summary>
    /// <exception cref="UsageException">The settings contradict each other or a flag is malformed.</exception>
    public int Run()
    {
        Engine engine;
        try
        {
            Config config = settings.BuildRunConfig();
            engine = new Engine(config);
        }
        catch (ArgumentException e)
        {
            // Config.Validate: e.g. -W simd=n while relaxed-simd stays on, as Wasmtime's Engine::new refuses.
            throw new UsageException(e.Message);
        }

        bool linkWasi = settings.LinksWasi();
        Module module;
        try
        {
            module = ModuleFiles.Load(engine, file, allowPrecompiled);
        }
        catch (Exception e) when (IsLoadFailure(e))
        {
            return Fail($"failed to load `{file}`: {e.Message}");
        }

        WasiContext wasi;
        try
        {
            wasi = BuildWasi();
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            return Fail(e.Message);
        }

        using (wasi)
        using (var store = new Store<WasiContext>(engine, wasi))
        {
            if (settings.BuildLimits() is StoreLimits limits)
            {
                store.Limiter(_ => limits);
            }

            if (settings.Fuel is ulong fuel)
            {
                store.SetFuel(fuel);
            }

            if (settings.Timeout is TimeSpan timeout)
            {
                // As wasmtime run: deadline one tick away, a thread ticks once when the time is up.
                store.SetEpochDeadline(1);
                StartTimeoutThread(engine, timeout);
            }

            var linker = new Linker<WasiContext>(engine);
            if (linkWasi)
            {
                linker.DefineWasi();
            }

            string stage = $"failed to run main module `{file}`";
            try
            {
                foreach ((string name, string path) in preloads)
                {
                    stage = $"failed to process preload `{name}` at `{path}`";
                    Module preload;
                    try
                    {
                        preload = ModuleFiles.Load(engine, path, allowPrecompiled);
                    }
                    catch (Exception e) when (IsLoadFailure(e))
                    {
                        return Fail($"{stage}: {e.Message}");
                    }

                    linker.Module(store, name, preload);
                }

                stage = $"failed to run main module `{file}`";
                if (settings.UnknownImportsTrap)
                {
                    linker.DefineUnknownImportsAsTraps(module);
                }

                if (settings.UnknownImportsDefault)
                {
                    linker.DefineUnknownImportsAsDefaultValues(module);
                }

                Instance instance = linker.Instantiate(store, module);
                instance.GetFunc(store, "_initialize")?.Call(store, [], []);
                return invoke is null ? RunDefaultExport(store, instance) : Invoke(store, instance, invoke);
            }
            catch (WasiExit exit)
            {
                return exit.Code;
            }
            catch (Trap trap)
            {
                string? dumped = settings.Coredump is string path && trap.CoreDump is WasmCoreDump dump ? WriteCoreDump(store, dump, path) : null;
                PrintTrap(stage, trap, dumped, offerAddressMap: engine.Strategy != Strategy.Interpreter && !engine.GenerateAddressMap);
                return TrapExitCode;
            }
            catch (WasmException)
            {
                // An exception the guest threw and did not catch: not a trap, in Wasmtime's words.
                return Fail($"{stage}: thrown Wasm exception");
            }
            catch (Exception e) when (e is WasmLinkException or WasmImplementationLimitException or WasmResourceLimitException or WasmOutOfMemoryException or FormatException or ArgumentException or NotSupportedException)
            {
                return Fail($"{stage}: {e.Message}");
            }
        }
    }

    private static bool IsLoadFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or WasmFormatException or WasmValidationException
            or WasmImplementationLimitException or WatParseException or ArgumentException or NotSupportedException
            or WasmSerializationException;

    private static void StartTimeoutThread(Engine engine, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            // Thread.Sleep takes at most int.MaxValue milliseconds (about 24 days).
            for (TimeSpan left = timeout; left > TimeSpan.Zero; left = timeout - clock.Elapsed)
            {
                Thread.Sleep(left < TimeSpan.FromDays(1) ? left : TimeSpan.FromDays(1));
            }

            engine.IncrementEpoch();
        })
        {
            IsBackground = true,
            Name = "wasmsharp -W timeout",
        };
        thread.Start();
    }

    // Writes the core dump of -D coredump=PATH, named after the main module as Wasmtime names it;
    // returns the line that reports it, as the first cause of the trap.
    private string WriteCoreDump(Store store, WasmCoreDump dump, string path)
    {
        try
        {
            File.WriteAllBytes(path, dump.Serialize(store, file));
            return $"core dumped at {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"failed to write core dump file at `{path}`: {e.Message}";
        }
    }

    // offerAddressMap: whether a frame without an offset could have one with -D address-map.
    private static void PrintTrap(string headline, Trap trap, string? coreDump, bool offerAddressMap)
    {
        Console.Out.Flush();
        Console.Error.WriteLine($"Error: {headline}");
        Console.Error.WriteLine();
        Console.Error.WriteLine("Caused by:");
        if (coreDump is not null)
        {
            Console.Error.WriteLine($"    {coreDump}");
        }

        Console.Error.WriteLine($"    {trap.Message}");
        IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
        if (frames.Count > 0)
        {
            // A stack overflow unwinds thousands of frames; the innermost ones tell the story.
            Console.Error.WriteLine("wasm backtrace:");
            for (int i = 0; i < Math.Min(frames.Count, MaxBacktraceFrames); i++)
            {
                Console.Error.WriteLine(frames[i].ToString(i));
            }

            if (frames.Count > MaxBacktraceFrames)
            {
                Console.Error.WriteLine($"  ... {frames.Count - MaxBacktraceFrames} more frames");
            }

            if (trap.Backtrace.IsTruncated)
            {
                Console.Error.WriteLine("  ... more frames, not recorded");
            }

            // As Wasmtime's note on WASMTIME_BACKTRACE_DETAILS. A stack overflow's innermost frame
            // has no offset under any setting (nor in Wasmtime).
            int first = trap.Code == TrapCode.StackOverflow ? 1 : 0;
            if (offerAddressMap && frames.Take(MaxBacktraceFrames).Skip(first).Any(f => f.ModuleOffset is null))
            {
                Console.Error.WriteLine("note: using `-D address-map` shows the module offset of every frame");
            }
        }
    }

    private WasiContext BuildWasi()
    {
        // argv[0] is the module's file name only, as in Wasmtime, "to avoid leaking path information".
        var config = new WasiConfig().InheritStdio().Arg(argv0 ?? Path.GetFileName(file)).Args(guestArguments);
        if (settings.InheritEnv)
        {
            config.InheritEnv();
        }

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

        // Only with -S tcplisten: PreopenSockets's code loads System.Net.Sockets.
        if (settings.TcpListen.Count > 0)
        {
            settings.PreopenSockets(config);
        }

        return config.Build();
    }

    // A command runs `_start`; a module without it runs its start function only, like Wasmtime's
    // default export lookup ("" then _start).
    private int RunDefaultExport(Store<WasiContext> store, Instance instance)
    {
        Func? entry = instance.GetFunc(store, "") ?? instance.GetFunc(store, "_start");
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

    private int Invoke(Store<WasiContext> store, Instance instance, string name)
    {
        Func func = instance.GetFunc(store, name) ?? throw new ArgumentException($"no func export named `{name}` found");
        FuncType type = func.Ty(store);
        if (guestArguments.Length != type.Params.Count)
        {
            throw new ArgumentException($"export `{name}` takes {type.Params.Count} arguments, {guestArguments.Length} given");
        }

        var parameters = new Val[guestArguments.Length];
        for (int i = 0; i < guestArguments.Length; i++)
        {
            parameters[i] = InvokeArguments.Parse(guestArguments[i], type.Params[i]);
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
        Console.Out.Flush();
        Console.Error.WriteLine($"Error: {message}");
        return 1;
    }
}
