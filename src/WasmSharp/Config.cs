namespace WasmSharp;

/// <summary>
/// Global settings for an <see cref="Engine"/>; mirrors Wasmtime's <c>Config</c>. Every WebAssembly
/// proposal has a toggle, all on by default. An <see cref="Engine"/> takes a snapshot of the
/// configuration, so changing a <see cref="Config"/> later does not affect engines made from it.
/// </summary>
public sealed class Config
{
    /// <summary>The default of <see cref="MaxWasmStack"/>: 512 KiB, as in Wasmtime.</summary>
    public const int DefaultMaxWasmStack = 512 * 1024;

    /// <summary>Creates a configuration with every proposal enabled and Wasmtime's defaults otherwise.</summary>
    public Config()
    {
    }

    /// <summary>The enabled proposals as flags; the <c>Wasm*</c> properties are views of it.</summary>
    public WasmFeatures Features { get; set; } = WasmFeatures.All;

    /// <summary>Whether mutable global imports and exports are accepted. Default: on. Always on in Wasmtime.</summary>
    public bool WasmMutableGlobal
    {
        get => Has(WasmFeatures.MutableGlobal);
        set => Set(WasmFeatures.MutableGlobal, value);
    }

    /// <summary>Whether non-trapping float-to-int conversions are accepted. Default: on. Always on in Wasmtime.</summary>
    public bool WasmSaturatingFloatToInt
    {
        get => Has(WasmFeatures.SaturatingFloatToInt);
        set => Set(WasmFeatures.SaturatingFloatToInt, value);
    }

    /// <summary>Whether sign-extension operators are accepted. Default: on. Always on in Wasmtime.</summary>
    public bool WasmSignExtension
    {
        get => Has(WasmFeatures.SignExtension);
        set => Set(WasmFeatures.SignExtension, value);
    }

    /// <summary>Whether multiple results and block parameters are accepted. Default: on. Mirrors <c>Config::wasm_multi_value</c>.</summary>
    public bool WasmMultiValue
    {
        get => Has(WasmFeatures.MultiValue);
        set => Set(WasmFeatures.MultiValue, value);
    }

    /// <summary>Whether bulk memory and table operations and passive segments are accepted. Default: on. Mirrors <c>Config::wasm_bulk_memory</c>.</summary>
    public bool WasmBulkMemory
    {
        get => Has(WasmFeatures.BulkMemory);
        set => Set(WasmFeatures.BulkMemory, value);
    }

    /// <summary>Whether <c>funcref</c>/<c>externref</c> values and multiple tables are accepted. Default: on. Mirrors <c>Config::wasm_reference_types</c>.</summary>
    public bool WasmReferenceTypes
    {
        get => Has(WasmFeatures.ReferenceTypes);
        set => Set(WasmFeatures.ReferenceTypes, value);
    }

    /// <summary>Whether 128-bit SIMD are accepted. Default: on. Mirrors <c>Config::wasm_simd</c>.</summary>
    public bool WasmSimd
    {
        get => Has(WasmFeatures.Simd);
        set => Set(WasmFeatures.Simd, value);
    }

    /// <summary>Whether relaxed SIMD (requires <see cref="WasmSimd"/>) are accepted. Default: on. Mirrors <c>Config::wasm_relaxed_simd</c>.</summary>
    public bool WasmRelaxedSimd
    {
        get => Has(WasmFeatures.RelaxedSimd);
        set => Set(WasmFeatures.RelaxedSimd, value);
    }

    /// <summary>Whether typed function references (requires <see cref="WasmReferenceTypes"/>) are accepted. Default: on. Mirrors <c>Config::wasm_function_references</c>.</summary>
    public bool WasmFunctionReferences
    {
        get => Has(WasmFeatures.FunctionReferences);
        set => Set(WasmFeatures.FunctionReferences, value);
    }

    /// <summary>Whether garbage collection: structs, arrays, i31 and subtyping (requires <see cref="WasmFunctionReferences"/>) are accepted. Default: on. Mirrors <c>Config::wasm_gc</c>.</summary>
    public bool WasmGc
    {
        get => Has(WasmFeatures.Gc);
        set => Set(WasmFeatures.Gc, value);
    }

    /// <summary>Whether tail calls are accepted. Default: on. Mirrors <c>Config::wasm_tail_call</c>.</summary>
    public bool WasmTailCall
    {
        get => Has(WasmFeatures.TailCall);
        set => Set(WasmFeatures.TailCall, value);
    }

    /// <summary>Whether exception handling with <c>exnref</c> and <c>try_table</c> are accepted. Default: on. Mirrors <c>Config::wasm_exceptions</c>.</summary>
    public bool WasmExceptions
    {
        get => Has(WasmFeatures.ExceptionHandling);
        set => Set(WasmFeatures.ExceptionHandling, value);
    }

    /// <summary>Whether the legacy exception instructions <c>try</c>/<c>catch</c>/<c>delegate</c> are accepted. Default: on. Mirrors <c>Config::wasm_legacy_exceptions</c>.</summary>
    public bool WasmLegacyExceptions
    {
        get => Has(WasmFeatures.LegacyExceptions);
        set => Set(WasmFeatures.LegacyExceptions, value);
    }

    /// <summary>Whether 64-bit memories and tables are accepted. Default: on. Mirrors <c>Config::wasm_memory64</c>.</summary>
    public bool WasmMemory64
    {
        get => Has(WasmFeatures.Memory64);
        set => Set(WasmFeatures.Memory64, value);
    }

    /// <summary>Whether multiple memories are accepted. Default: on. Mirrors <c>Config::wasm_multi_memory</c>.</summary>
    public bool WasmMultiMemory
    {
        get => Has(WasmFeatures.MultiMemory);
        set => Set(WasmFeatures.MultiMemory, value);
    }

    /// <summary>Whether extended constant expressions (integer add/sub/mul) are accepted. Default: on. Mirrors <c>Config::wasm_extended_const</c>.</summary>
    public bool WasmExtendedConst
    {
        get => Has(WasmFeatures.ExtendedConst);
        set => Set(WasmFeatures.ExtendedConst, value);
    }

    /// <summary>Whether shared memories and atomics are accepted. Default: on. Mirrors <c>Config::wasm_threads</c>.</summary>
    public bool WasmThreads
    {
        get => Has(WasmFeatures.Threads);
        set => Set(WasmFeatures.Threads, value);
    }

    /// <summary>Whether 128-bit wide arithmetic are accepted. Default: on. Mirrors <c>Config::wasm_wide_arithmetic</c>.</summary>
    public bool WasmWideArithmetic
    {
        get => Has(WasmFeatures.WideArithmetic);
        set => Set(WasmFeatures.WideArithmetic, value);
    }

    /// <summary>Whether custom memory page sizes are accepted. Default: on. Mirrors <c>Config::wasm_custom_page_sizes</c>.</summary>
    public bool WasmCustomPageSizes
    {
        get => Has(WasmFeatures.CustomPageSizes);
        set => Set(WasmFeatures.CustomPageSizes, value);
    }

    /// <summary>
    /// The most stack, in bytes, that WebAssembly code may use before a call traps with
    /// <c>TrapCode.StackOverflow</c>. Default: 512 KiB. Mirrors <c>Config::max_wasm_stack</c>.
    /// Compiled code's frames are larger than Wasmtime's for the same functions, so it may use up to
    /// four times this much native stack (at most 8 MiB more) where the thread has room, and
    /// never less than this: a program whose recursion fits Wasmtime's budget fits this one. The
    /// interpreter counts its own frames and values against this budget.
    /// </summary>
    public int MaxWasmStack { get; set; } = DefaultMaxWasmStack;

    /// <summary>
    /// Whether execution consumes fuel, trapping when a store's fuel runs out. Default: off.
    /// Mirrors <c>Config::consume_fuel</c>.
    /// </summary>
    public bool ConsumeFuel { get; set; }

    /// <summary>
    /// Whether code checks the engine's epoch against a store's deadline at function entries and loop
    /// headers. Default: off. Mirrors <c>Config::epoch_interruption</c>.
    /// </summary>
    public bool EpochInterruption { get; set; }

    /// <summary>
    /// Whether compiled code can go on after reaching an epoch deadline, which
    /// <see cref="Store{T}.EpochDeadlineCallback"/> needs (its <see cref="UpdateDeadline.Continue"/>).
    /// Default: off, and reaching the deadline always traps with <see cref="TrapCode.Interrupt"/>.
    /// A WasmSharp extension: Wasmtime's code can always continue, but RyuJIT, unlike Cranelift,
    /// cannot keep a loop's values in registers around a rarely taken call that returns into the
    /// loop, so continuable checks cost every loop iteration (measured: mixbench with epoch
    /// interruption 437 ms trap-only against 627 ms continuable; 400 ms without epochs). Turn it on
    /// only where a store uses the callback. Requires <see cref="EpochInterruption"/>.
    /// </summary>
    public bool EpochDeadlineContinuation { get; set; }

    /// <summary>
    /// Whether compiled code keeps, for backtraces, the module offset of every frame
    /// (<see cref="FrameInfo.ModuleOffset"/>): the call a frame stands at, or the instruction that
    /// trapped. Mirrors <c>Config::generate_address_map</c>, with a different default. Default: off,
    /// and a compiled frame's offset is given where the IL offsets .NET reports tell it, which they
    /// do not for a frame in a function that calls one callee in several places or has several
    /// instructions that trap in a runtime helper: that frame has no offset (never a wrong one; see
    /// docs/tiers.md). On, such a function keeps the offset of the last call or trapping instruction
    /// it started in a local, read by an exception filter as a trap or exception passes: one store
    /// per such instruction and a protected region per such method, which cost call-bound code
    /// about 5–10 % (docs/tiers.md). The interpreter's offsets are always exact. Cranelift knows
    /// each call's return address at no cost, so Wasmtime's maps are free and on by default.
    /// </summary>
    public bool GenerateAddressMap { get; set; }

    /// <summary>
    /// Whether a trap that leaves WebAssembly for the host carries a core dump of its store
    /// (<see cref="Trap.CoreDump"/>, a <see cref="WasmCoreDump"/>). Default: off. Mirrors
    /// <c>Config::coredump_on_trap</c>. Stores of such an engine keep a list of their instances
    /// (as Wasmtime's stores always do), so an instance lives as long as its store.
    /// </summary>
    public bool CoredumpOnTrap { get; set; }

    /// <summary>
    /// Whether stores of the engine run WebAssembly asynchronously. Default: off. Mirrors
    /// <c>Config::async_support</c>. When on, host functions may be asynchronous
    /// (<see cref="Linker{T}.DefineFuncAsync"/>, <c>Linker.FuncWrapAsync</c>, <see cref="Func.NewAsync{T}"/>)
    /// and a guest suspended in one holds no thread; stores must then be entered through the async
    /// entry points (<see cref="Linker{T}.InstantiateAsync"/>, <see cref="InstancePre{T}.InstantiateAsync"/>,
    /// <see cref="Func.CallAsync"/>, <see cref="TypedFunc{TParams, TResults}.CallAsync"/>), and the
    /// synchronous ones refuse them, as Wasmtime's do. Instances that can suspend run in the
    /// interpreter (see docs/tiers.md).
    /// </summary>
    public bool AsyncSupport { get; set; }

    /// <summary>
    /// How code runs: compiled, interpreted, or chosen for the host. Default:
    /// <see cref="WasmSharp.Strategy.Auto"/>. Mirrors <c>Config::strategy</c>.
    /// </summary>
    public Strategy Strategy { get; set; } = Strategy.Auto;

    /// <summary>
    /// How the memories, tables and instances of the engine's stores are allocated. Default:
    /// <see cref="InstanceAllocationStrategy.OnDemand"/>. Mirrors <c>Config::allocation_strategy</c>;
    /// <see cref="InstanceAllocationStrategy.Pooling(PoolingAllocationConfig)"/> reuses memory slots
    /// between stores and bounds what they may hold (see <see cref="PoolingAllocationConfig"/>).
    /// </summary>
    public InstanceAllocationStrategy AllocationStrategy { get; set; } = InstanceAllocationStrategy.OnDemand;

    /// <summary>
    /// Whether modules are compiled to machine code on several threads. Default: on. Mirrors
    /// <c>Config::parallel_compilation</c>. A module loaded with saved code
    /// (<see cref="Module.Deserialize(Engine, ReadOnlySpan{byte})"/>, <see cref="Module.DeserializeFile"/>, a cache hit) is not
    /// compiled up front: each method is compiled at its first call, and, when this is on and the
    /// machine has more than one core, every function is also compiled on the other cores in the
    /// background, in the order a run is likely to first call them, while the module runs.
    /// </summary>
    public bool ParallelCompilation { get; set; } = true;

    /// <summary>
    /// Whether compilation is deferred. Default: off, and a <see cref="Module"/> is compiled to
    /// machine code when it is created, as Wasmtime's <c>Module::new</c> does, so the first call of
    /// every function runs compiled code. When on, a module is compiled to IL at its first
    /// instantiation and each function to machine code at its first call: faster for modules
    /// whose functions mostly never run, such as test scripts. A module loaded with saved code is
    /// compiled as <see cref="ParallelCompilation"/> says, whatever this is. A WasmSharp extension.
    /// </summary>
    public bool LazyCompilation { get; set; }

    /// <summary>
    /// Functions with more bytes of code than this are compiled as several .NET methods. RyuJIT
    /// compiles a method above 20,000 IL instructions or 2,000 basic blocks without optimization,
    /// and optimizes very large methods less well; large functions from C, Rust and Go compilers
    /// reach that and run several times slower than their pieces. Blocks and loops of such a
    /// function are cut out, outermost and outside loops first, until each piece is about this
    /// size; code inside a loop only while the rest is over twice this size, unless the function
    /// is too large (in instructions or basic blocks) for RyuJIT to optimize whole. Default: 6 KiB
    /// (measured on the Sightglass programs: 4 KiB and 12 KiB were both slower).
    /// <see cref="int.MaxValue"/> never splits. A WasmSharp extension.
    /// </summary>
    public int FunctionSplitThreshold { get; set; } = 6 * 1024;

    /// <summary>
    /// Under <see cref="WasmSharp.Strategy.Auto"/> where dynamic code is supported: modules whose
    /// function bodies total at least this many bytes start in the interpreter at once, and their
    /// hot functions are compiled in the background (tier-up, docs/tiers.md); smaller modules are
    /// compiled before they run, as under <see cref="WasmSharp.Strategy.Compiler"/>. Big programs
    /// (compilers, interpreters, databases: megabytes of code, tens of thousands of functions) thus
    /// print their first result without waiting for a compile of code they mostly never run, while
    /// a small program whose hot loop sits in a function called once (which tier-up would enter by
    /// on-stack replacement, after interpreting it for a while) runs compiled from the start. Default: 1 MiB, more than any program of the Sightglass set
    /// (the largest has 534 KB of code). 0 tiers up every module; <see cref="long.MaxValue"/> never.
    /// A WasmSharp extension.
    /// </summary>
    public long TierUpCodeSize { get; set; } = 1024 * 1024;

    /// <summary>
    /// The folder of the compilation cache, or null (the default) for no cache. With a cache,
    /// <see cref="Module.FromBytes(Engine, byte[])"/>, <see cref="Module.FromText"/> and
    /// <see cref="Module.FromFile"/> look for the module's precompiled artifact (see
    /// <see cref="Module.Serialize"/>) under <c>modules/</c> in this folder, keyed by the SHA-256 of the
    /// module's bytes, the WasmSharp build, the settings that affect code and the CPU features, and
    /// load it instead of validating and compiling; on a miss they compile and store it (written to
    /// a temporary file and renamed, so concurrent processes never read half an entry). A damaged
    /// entry is replaced, and a folder that cannot be written is skipped: the cache never makes
    /// module creation fail. Mirrors Wasmtime's <c>Config::cache</c> with a cache config's
    /// <c>directory</c> (<see cref="DefaultCacheDirectory"/> is <c>Config::cache_config_load_default</c>'s);
    /// unlike Wasmtime's CLI, the cache is off unless asked for. Modules large enough to tier up
    /// (<see cref="TierUpCodeSize"/>) are cached without their code, which is compiled where hot.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// The default cache folder: <c>$XDG_CACHE_HOME/wasmsharp</c>, or <c>~/.cache/wasmsharp</c> when
    /// <c>XDG_CACHE_HOME</c> is not set (on Windows the local application data folder), as Wasmtime
    /// puts its cache under the user's cache folder.
    /// </summary>
    public static string DefaultCacheDirectory =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? Path.Combine(xdg, "wasmsharp")
            : OperatingSystem.IsWindows()
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "wasmsharp", "cache")
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify), ".cache", "wasmsharp");

    /// <summary>Calls plus loop back-edges after which an interpreted function of a tiering engine is hot.</summary>
    internal int TierUpThreshold { get; set; } = 1000;

    /// <summary>
    /// Whether a tiering engine compiles a hot function at once, on the thread that found it hot,
    /// rather than in the background: deterministic tier-up for tests (with a small
    /// <see cref="TierUpThreshold"/>, every function that runs a few times switches tiers).
    /// </summary>
    internal bool TierUpSynchronously { get; set; }

    /// <summary>Returns an independent copy of this configuration.</summary>
    public Config Clone() => (Config)MemberwiseClone();

    /// <summary>
    /// Checks that the settings are consistent, as Wasmtime's <c>Engine::new</c> does: proposals that
    /// build on others need them, and the stack limit must be positive.
    /// </summary>
    /// <exception cref="ArgumentException">The settings contradict each other.</exception>
    internal void Validate()
    {
        Require(WasmFeatures.RelaxedSimd, WasmFeatures.Simd, "relaxed SIMD", "SIMD");
        Require(WasmFeatures.FunctionReferences, WasmFeatures.ReferenceTypes, "function references", "reference types");
        Require(WasmFeatures.Gc, WasmFeatures.FunctionReferences, "GC", "function references");
        Require(WasmFeatures.Gc, WasmFeatures.ReferenceTypes, "GC", "reference types");
        if (MaxWasmStack <= 0)
        {
            throw new ArgumentException("max_wasm_stack must be positive", nameof(MaxWasmStack));
        }

        if (EpochDeadlineContinuation && !EpochInterruption)
        {
            throw new ArgumentException("epoch deadline continuation requires epoch interruption", nameof(EpochDeadlineContinuation));
        }

        if (Strategy == Strategy.Compiler && !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new PlatformNotSupportedException("the compiler strategy needs dynamic code generation, which this host does not support; use Strategy.Interpreter or Strategy.Auto");
        }

        if (TierUpCodeSize < 0)
        {
            throw new ArgumentException("the tier-up code size must not be negative", nameof(TierUpCodeSize));
        }

        if (TierUpThreshold < 0)
        {
            throw new ArgumentException("the tier-up threshold must not be negative", nameof(TierUpThreshold));
        }

        ArgumentNullException.ThrowIfNull(AllocationStrategy);
        AllocationStrategy.PoolingConfig?.Validate();

        if (FunctionSplitThreshold < 1)
        {
            throw new ArgumentException("the function split threshold must be positive", nameof(FunctionSplitThreshold));
        }
    }

    private void Require(WasmFeatures feature, WasmFeatures needed, string featureName, string neededName)
    {
        if (Has(feature) && !Has(needed))
        {
            throw new ArgumentException($"cannot disable the {neededName} proposal but enable the {featureName} proposal");
        }
    }

    private bool Has(WasmFeatures feature) => (Features & feature) == feature;

    private void Set(WasmFeatures feature, bool enabled) =>
        Features = enabled ? Features | feature : Features & ~feature;
}
