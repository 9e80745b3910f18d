namespace WasmSharp.Cli.Options;

/// <summary>
/// The option groups of <c>wasmtime run</c> (Wasmtime's crates/cli-flags: <c>OptimizeOptions</c>,
/// <c>CodegenOptions</c>, <c>DebugOptions</c>, <c>WasmOptions</c>, <c>WasiOptions</c>), with every
/// key Wasmtime has. A key that maps onto WasmSharp sets it; a key for something WasmSharp does not
/// have fails with "not supported", except that asking for what WasmSharp always does (say
/// <c>-D debug-info=n</c>) is accepted.
/// </summary>
internal static class OptionGroups
{
    /// <summary><c>-W</c>/<c>--wasm</c>: semantics of WebAssembly execution.</summary>
    public static readonly OptionGroup Wasm = new('W', "wasm", "WebAssembly semantics", "wasm",
    [
        new("fuel", "=N", "Enable fuel with N units; running out traps with \"all fuel consumed by WebAssembly\".",
            (s, v) => s.Fuel = OptionValue.Count(v)),
        new("epoch-interruption", "[=y|n]", "Check the engine epoch at function entries and loops (traps at once without -W timeout).",
            (s, v) => s.EpochInterruption = OptionValue.Boolean(v), "false"),
        new("timeout", "=N|Ns|Nms|..", "Interrupt WebAssembly code after this long (a plain number is seconds).",
            (s, v) => s.Timeout = OptionValue.Duration(v)),
        new("max-wasm-stack", "=N", "Bytes of stack WebAssembly may use before a stack overflow trap.",
            (s, v) => s.MaxWasmStack = StackSize(v), Config.DefaultMaxWasmStack.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("max-memory-size", "=N", "Bytes a linear memory may reach (N, 0xN, or with KiB/MiB/GiB/TiB); memory.grow beyond returns -1.",
            (s, v) => s.MaxMemorySize = OptionValue.Size(v)),
        new("max-table-elements", "=N", "Elements a table may reach.",
            (s, v) => s.MaxTableElements = (long)Math.Min(OptionValue.Count(v), long.MaxValue)),
        new("max-instances", "=N", "Instances the store may create.", (s, v) => s.MaxInstances = OptionValue.Int32Count(v)),
        new("max-tables", "=N", "Tables the store may create.", (s, v) => s.MaxTables = OptionValue.Int32Count(v)),
        new("max-memories", "=N", "Linear memories the store may create.", (s, v) => s.MaxMemories = OptionValue.Int32Count(v)),
        new("unknown-imports-trap", "[=y|n]", "Define unknown function imports of the main module as functions that trap.",
            (s, v) => s.UnknownImportsTrap = OptionValue.Boolean(v), "false"),
        new("unknown-imports-default", "[=y|n]", "Define unknown function imports of the main module as functions returning zeros.",
            (s, v) => s.UnknownImportsDefault = OptionValue.Boolean(v), "false"),
        new("all-proposals", "[=y|n]", "Enable or disable every proposal below (then the individual keys apply).",
            (s, v) => s.AllProposals = OptionValue.Boolean(v)),
        Proposal("bulk-memory", WasmFeatures.BulkMemory),
        Proposal("multi-memory", WasmFeatures.MultiMemory),
        Proposal("multi-value", WasmFeatures.MultiValue),
        Proposal("reference-types", WasmFeatures.ReferenceTypes),
        Proposal("simd", WasmFeatures.Simd),
        Proposal("relaxed-simd", WasmFeatures.RelaxedSimd),
        Proposal("tail-call", WasmFeatures.TailCall),
        Proposal("threads", WasmFeatures.Threads),
        Proposal("memory64", WasmFeatures.Memory64),
        Proposal("function-references", WasmFeatures.FunctionReferences),
        Proposal("gc", WasmFeatures.Gc),
        Proposal("custom-page-sizes", WasmFeatures.CustomPageSizes),
        Proposal("wide-arithmetic", WasmFeatures.WideArithmetic),
        Proposal("extended-const", WasmFeatures.ExtendedConst),
        Proposal("exceptions", WasmFeatures.ExceptionHandling),
        Proposal("legacy-exceptions", WasmFeatures.LegacyExceptions, extension: true),
        Proposal("mutable-global", WasmFeatures.MutableGlobal, extension: true),
        Proposal("saturating-float-to-int", WasmFeatures.SaturatingFloatToInt, extension: true),
        Proposal("sign-extension", WasmFeatures.SignExtension, extension: true),
        Fixed("nan-canonicalization", "Canonicalize NaN results.", always: false, "WasmSharp does not canonicalize NaNs"),
        Fixed("wmemcheck", "Memory error checking.", always: false, "WasmSharp has no wmemcheck"),
        Fixed("gc-support", "GC infrastructure.", always: true, "the GC runtime is always present"),
        Fixed("component-model", "The component model.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-async", "Component model async.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-async-builtins", "Component model async builtins.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-async-stackful", "Component model stackful async.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-threading", "Component model threading.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-error-context", "Component model error-context.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-gc", "GC in the component model.", always: false, "WasmSharp runs core modules only"),
        Fixed("component-model-fixed-length-lists", "Component model fixed-length lists.", always: false, "WasmSharp runs core modules only"),
        Fixed("concurrency-support", "Component model concurrency.", always: false, "WasmSharp runs core modules only"),
        Fixed("stack-switching", "The stack-switching proposal.", always: false, "WasmSharp does not implement stack switching"),
        Fixed("shared-everything-threads", "The shared-everything-threads proposal.", always: false, "WasmSharp does not implement it"),
        Unsupported("relaxed-simd-deterministic", "[=y|n]", "Force the deterministic relaxed-SIMD semantics."),
        Unsupported("shared-memory", "[=y|n]", "Allow creating shared memories (WasmSharp ties them to -W threads)."),
        Unsupported("async-stack-size", "=N", "Stack size of async fibers."),
        Unsupported("async-stack-zeroing", "[=y|n]", "Zero async stacks before reuse."),
        Unsupported("unknown-exports-allow", "[=y|n]", "Allow unknown exports when linking commands."),
        Unsupported("trap-on-grow-failure", "[=y|n]", "Trap instead of returning -1 when memory.grow/table.grow fail."),
    ]);

    /// <summary><c>-S</c>/<c>--wasi</c>: WASI and its proposals.</summary>
    public static readonly OptionGroup Wasi = new('S', "wasi", "WASI", "wasi",
    [
        new("cli", "[=y|n]", "Link WASI preview 1 (wasi_snapshot_preview1); n leaves its imports undefined.",
            (s, v) => s.WasiCli = OptionValue.Boolean(v), "true"),
        new("common", "[=y|n]", "Deprecated alias for cli.", (s, v) => s.WasiCommon = OptionValue.Boolean(v)),
        new("inherit-env", "[=y|n]", "Pass the host's environment variables (--env adds to them).",
            (s, v) => s.InheritEnv = OptionValue.Boolean(v), "false"),
        new("tcplisten", "=IP:PORT", "Listen on this TCP address and hand the socket to the guest (repeatable).",
            (s, v) => s.TcpListen.Add(OptionValue.Required(v))),
        new("preview2", "[=y|n]", "Wasmtime's choice of preview 1 implementation; WasmSharp has one, used for both.",
            (_, v) => OptionValue.Boolean(v)),
        new("inherit-network", "[=y|n]", "wasi:sockets network access; preview 1 has no socket creation, so no effect (as in Wasmtime).",
            (_, v) => OptionValue.Boolean(v)),
        new("allow-ip-name-lookup", "[=y|n]", "wasi:sockets name lookup; no effect on preview 1 (as in Wasmtime).",
            (_, v) => OptionValue.Boolean(v)),
        new("tcp", "[=y|n]", "wasi:sockets TCP; no effect on preview 1 (as in Wasmtime).", (_, v) => OptionValue.Boolean(v)),
        new("udp", "[=y|n]", "wasi:sockets UDP; no effect on preview 1 (as in Wasmtime).", (_, v) => OptionValue.Boolean(v)),
        new("network-error-code", "[=y|n]", "wasi:sockets network-error-code; no effect on preview 1 (as in Wasmtime).",
            (_, v) => OptionValue.Boolean(v)),
        Fixed("preview0", "Imports from wasi_unstable.", always: false, "WasmSharp links wasi_snapshot_preview1 only"),
        Fixed("cli-exit-with-code", "wasi:cli exit-with-code.", always: false, "a preview 2 interface; WasmSharp implements preview 1"),
        Fixed("nn", "wasi-nn.", always: false, "WasmSharp has no wasi-nn"),
        Fixed("threads", "wasi-threads.", always: false, "WasmSharp has no wasi-threads"),
        Fixed("http", "wasi-http.", always: false, "WasmSharp has no wasi-http"),
        Fixed("config", "wasi-config.", always: false, "WasmSharp has no wasi-config"),
        Fixed("keyvalue", "wasi-keyvalue.", always: false, "WasmSharp has no wasi-keyvalue"),
        Fixed("tls", "wasi-tls.", always: false, "WasmSharp has no wasi-tls"),
        Fixed("p3", "WASIp3.", always: false, "WasmSharp implements preview 1"),
        Fixed("listenfd", "systemd listen fds.", always: false, "WasmSharp does not read LISTEN_FDS"),
        Unsupported("nn-graph", "=FORMAT::DIR", "Preload a wasi-nn graph."),
        Unsupported("config-var", "=NAME=VAL", "A wasi-config variable."),
        Unsupported("keyvalue-in-memory-data", "=NAME=VAL", "wasi-keyvalue in-memory data."),
        Unsupported("http-outgoing-body-buffer-chunks", "=N", "wasi-http buffering."),
        Unsupported("http-outgoing-body-chunk-size", "=N", "wasi-http chunk size."),
        Unsupported("max-resources", "=N", "Preview 2 resource limit."),
        Unsupported("hostcall-fuel", "=N", "Preview 2 host-call fuel."),
        Unsupported("max-random-size", "=N", "Preview 2 random-bytes limit."),
        Unsupported("max-http-fields-size", "=N", "wasi-http fields limit."),
    ]);

    /// <summary><c>-C</c>/<c>--codegen</c>: compilation.</summary>
    public static readonly OptionGroup Codegen = new('C', "codegen", "compilation", "codegen",
    [
        new("strategy", "=auto|compiler|interpreter", "How code runs: compiled to IL, interpreted, or auto: modules start interpreted and compile hot functions in the background (`run`: every module; `wast` and the library: modules of 1 MiB of code or more, smaller ones are compiled); interpreted without a JIT (WasmSharp's key for Config.Strategy).",
            (s, v) => s.Strategy = ParseStrategy(v), "\"auto\""),
        new("parallel-compilation", "[=y|n]", "Compile functions on several threads.",
            (s, v) => s.ParallelCompilation = OptionValue.Boolean(v), "true"),
        new("lazy-compilation", "[=y|n]", "Compile each function at its first call (WasmSharp extension; `run` defaults to y: the module runs once).",
            (s, v) => s.LazyCompilation = OptionValue.Boolean(v), "true"),
        new("function-split-threshold", "=N", "Split functions above N code bytes into several .NET methods (WasmSharp extension).",
            (s, v) => s.FunctionSplitThreshold = SplitThreshold(v), "6144"),
        new("tier-up-code-size", "=N", "With strategy=auto, modules of N code bytes or more start interpreted and compile hot functions in the background, smaller ones are compiled (WasmSharp extension; `run` defaults to 0: every module tiers up; `wast` and the library to 1 MiB).",
            (s, v) => s.TierUpCodeSize = OptionValue.Size(v), "0"),
        new("cache", "[=y|n]", "Cache compiled modules on disk (off unless asked for; in $XDG_CACHE_HOME/wasmsharp or ~/.cache/wasmsharp).",
            (s, v) => s.Cache = OptionValue.Boolean(v), "false"),
        new("cache-config", "=PATH", "Cache configuration file (TOML, `[cache]` with `directory = \"...\"`); enables the cache.",
            (s, v) => s.CacheConfig = OptionValue.Required(v)),
        Fixed("cranelift-debug-verifier", "Cranelift's IR verifier.", always: false, "WasmSharp does not use Cranelift"),
        Fixed("pcc", "Proof-carrying code.", always: false, "WasmSharp does not use Cranelift"),
        Unsupported("compiler", "=cranelift|winch", "Code generator (WasmSharp compiles to .NET IL)."),
        Unsupported("collector", "=drc|null", "Garbage collector (WasmSharp uses the .NET GC)."),
        Unsupported("native-unwind-info", "[=y|n]", "Native unwind information."),
        Unsupported("inlining", "[=y|n]", "Inline WebAssembly functions."),
    ]);

    /// <summary><c>-O</c>/<c>--optimize</c>: tuning.</summary>
    public static readonly OptionGroup Optimize = new('O', "optimize", "tuning", "optimize",
    [
        new("pooling-allocator", "[=y|n]", "Allocate memories, tables and instances from a pool of reused slots (the pooling-* keys set its limits).",
            (s, v) => s.PoolingAllocator = OptionValue.Boolean(v), "false"),
        new("pooling-total-core-instances", "=N", "Core instances alive at once across all stores.",
            (s, v) => s.Pooling.TotalCoreInstances = OptionValue.Int32Count(v), "1000"),
        new("pooling-total-memories", "=N", "Linear memories alive at once across all stores.",
            (s, v) => s.Pooling.TotalMemories = OptionValue.Int32Count(v), "1000"),
        new("pooling-total-tables", "=N", "Tables alive at once across all stores.",
            (s, v) => s.Pooling.TotalTables = OptionValue.Int32Count(v), "1000"),
        new("pooling-max-memory-size", "=N", "Bytes a pooled linear memory may reach (the size of each slot).",
            (s, v) => s.Pooling.MaxMemorySize = OptionValue.Size(v), "4294967296"),
        new("pooling-table-elements", "=N", "Elements a pooled table may reach.",
            (s, v) => s.Pooling.TableElements = OptionValue.Int32Count(v), "20000"),
        new("pooling-max-memories-per-module", "=N", "Linear memories one module may define.",
            (s, v) => s.Pooling.MaxMemoriesPerModule = OptionValue.Int32Count(v), "1"),
        new("pooling-max-tables-per-module", "=N", "Tables one module may define.",
            (s, v) => s.Pooling.MaxTablesPerModule = OptionValue.Int32Count(v), "1"),
        new("pooling-memory-keep-resident", "=N", "Bytes at the start of a freed memory zeroed in place rather than discarded.",
            (s, v) => s.Pooling.LinearMemoryKeepResident = OptionValue.Size(v), "0"),
        Unsupported("opt-level", "=0|1|2|s", "Cranelift optimization level."),
        Unsupported("regalloc-algorithm", "=backtracking|single-pass", "Cranelift register allocator."),
        Unsupported("memory-may-move", "[=y|n]", "Whether linear memories may move."),
        Unsupported("memory-reservation", "=N", "Virtual memory reserved per linear memory."),
        Unsupported("memory-reservation-for-growth", "=N", "Virtual memory reserved for growth."),
        Unsupported("memory-guard-size", "=N", "Guard region after linear memories."),
        Unsupported("guard-before-linear-memory", "[=y|n]", "Guard region before linear memories."),
        Unsupported("table-lazy-init", "[=y|n]", "Initialize tables lazily."),
        Unsupported("signals-based-traps", "[=y|n]", "Use signal handlers for traps."),
        Unsupported("memory-init-cow", "[=y|n]", "Copy-on-write memory images."),
        Unsupported("memory-guaranteed-dense-image-size", "=N", "Dense memory image threshold."),
        Unsupported("dynamic-memory-guard-size", "=N", "Deprecated: memory-guard-size."),
        Unsupported("static-memory-guard-size", "=N", "Deprecated: memory-guard-size."),
        Unsupported("static-memory-forced", "[=y|n]", "Deprecated: memory-may-move."),
        Unsupported("static-memory-maximum-size", "=N", "Deprecated: memory-reservation."),
        Unsupported("dynamic-memory-reserved-for-growth", "=N", "Deprecated: memory-reservation-for-growth."),
        .. PoolingKeys(),
    ]);

    /// <summary><c>-D</c>/<c>--debug</c>: debugging.</summary>
    public static readonly OptionGroup Debug = new('D', "debug", "debugging", "debug",
    [
        Fixed("debug-info", "DWARF debug information.", always: false, "WasmSharp emits no DWARF"),
        Fixed("guest-debug", "Guest debugging instrumentation.", always: false, "WasmSharp has no guest debugger"),
        Fixed("logging", "Log to stderr (WASMTIME_LOG).", always: false, "WasmSharp does not log"),
        Fixed("log-to-files", "Log to files.", always: false, "WasmSharp does not log"),
        new("address-map", "[=y|n]", "Keep every compiled frame's wasm offset for backtraces (Config.GenerateAddressMap; costs call-bound code 5-10 %).",
            (s, v) => s.AddressMap = OptionValue.Boolean(v), "false"),
        new("coredump", "=PATH", "Write a wasm core dump to PATH when the guest traps (Config.CoredumpOnTrap).",
            (s, v) => s.Coredump = OptionValue.Required(v)),
    ]);

    /// <summary>Every group, in Wasmtime's order.</summary>
    public static IReadOnlyList<OptionGroup> All { get; } = [Optimize, Codegen, Debug, Wasm, Wasi];

    private static OptionKey Proposal(string name, WasmFeatures feature, bool extension = false) =>
        new(name, "[=y|n]", $"The {name} proposal{(extension ? " (WasmSharp extension)" : "")}.",
            (s, v) => s.Toggle(feature, OptionValue.Boolean(v)), (WasmFeatures.All & feature) != 0 ? "true" : "false");

    // A Wasmtime feature WasmSharp lacks, or always has: the value WasmSharp always behaves as is
    // accepted; the other is not supported.
    private static OptionKey Fixed(string name, string description, bool always, string reason) =>
        new(name, "[=y|n]", $"{description} Always {(always ? "on" : "off")} in WasmSharp.", (_, v) =>
        {
            if (OptionValue.Boolean(v) != always)
            {
                throw new NotSupportedException(reason);
            }
        });

    private static OptionKey Unsupported(string name, string valueHelp, string description) =>
        new(name, valueHelp, $"{description} Not supported by WasmSharp.", (_, _) => throw new NotSupportedException(""))
        {
            IsUnsupported = true,
        };

    private static IEnumerable<OptionKey> PoolingKeys() =>
        new[]
        {
            "decommit-batch-size", "table-keep-resident", "memory-protection-keys",
            "max-memory-protection-keys", "total-component-instances",
            "total-stacks", "max-core-instance-size",
            "max-unused-warm-slots", "async-stack-keep-resident", "max-component-instance-size",
            "max-core-instances-per-component", "max-memories-per-component", "max-tables-per-component",
            "total-gc-heaps", "pagemap-scan",
        }.Select(key => Unsupported("pooling-" + key, "=N", "A pooling allocator limit."));

    private static int StackSize(string? value)
    {
        long bytes = OptionValue.Size(value);
        return bytes is > 0 and <= int.MaxValue ? (int)bytes : throw new FormatException($"`{value}` must be between 1 and {int.MaxValue} bytes");
    }

    private static Strategy ParseStrategy(string? value) => value switch
    {
        "auto" => Strategy.Auto,
        "compiler" => Strategy.Compiler,
        "interpreter" => Strategy.Interpreter,
        _ => throw new FormatException($"unknown strategy `{value}`: expected auto, compiler or interpreter"),
    };

    private static int SplitThreshold(string? value)
    {
        long bytes = OptionValue.Size(value);
        return bytes is > 0 and <= int.MaxValue ? (int)bytes : throw new FormatException($"`{value}` must be between 1 and {int.MaxValue}");
    }
}
