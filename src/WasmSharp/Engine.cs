namespace WasmSharp;

/// <summary>
/// The global context for compiling and running WebAssembly; mirrors Wasmtime's <c>Engine</c>.
/// An engine holds an immutable snapshot of its <see cref="Config"/> and is safe to share between
/// threads; modules are compiled for one engine and used by every store of that engine.
/// </summary>
public sealed class Engine
{
    private readonly Config _config;

    /// <summary>Creates an engine with the default configuration (<c>Engine::default</c>).</summary>
    public Engine()
        : this(new Config())
    {
    }

    /// <summary>Creates an engine from a snapshot of <paramref name="config"/> (<c>Engine::new</c>).</summary>
    /// <exception cref="ArgumentException">The configuration is inconsistent.</exception>
    public Engine(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config.Clone();
        _config.Validate();
        if (_config.AllocationStrategy.PoolingConfig is PoolingAllocationConfig pooling)
        {
            InstanceAllocator = new Vm.PoolingInstanceAllocator(pooling);
        }
    }

    /// <summary>The pooling allocator shared by this engine's stores, or null to allocate on demand (see <see cref="Config.AllocationStrategy"/>).</summary>
    internal Vm.PoolingInstanceAllocator? InstanceAllocator { get; }

    /// <summary>A copy of the configuration this engine was created with (<c>Engine::config</c>).</summary>
    public Config Config => _config.Clone();

    /// <summary>The proposals this engine accepts.</summary>
    public WasmFeatures Features => _config.Features;

    /// <summary>The stack budget of WebAssembly code, in bytes (see <see cref="Config.MaxWasmStack"/>).</summary>
    public int MaxWasmStack => _config.MaxWasmStack;

    /// <summary>
    /// Whether stores of this engine split the wasm stack into segments (<see cref="Vm.StackSegments.AreUsed"/>),
    /// so that compiled code must check for a pending trap after calls that can reach a continuation.
    /// </summary>
    internal bool SegmentedStack => Vm.StackSegments.AreUsed(_config.MaxWasmStack);

    /// <summary>Whether execution consumes fuel (see <see cref="Config.ConsumeFuel"/>).</summary>
    public bool ConsumeFuel => _config.ConsumeFuel;

    /// <summary>Whether epoch interruption is enabled (see <see cref="Config.EpochInterruption"/>).</summary>
    public bool EpochInterruption => _config.EpochInterruption;

    /// <summary>Whether code can continue after an epoch deadline (see <see cref="Config.EpochDeadlineContinuation"/>).</summary>
    public bool EpochDeadlineContinuation => _config.EpochDeadlineContinuation;

    /// <summary>Whether traps carry a core dump of their store (see <see cref="Config.CoredumpOnTrap"/>).</summary>
    public bool CoredumpOnTrap => _config.CoredumpOnTrap;

    /// <summary>Whether compiled code keeps every frame's module offset (see <see cref="Config.GenerateAddressMap"/>).</summary>
    public bool GenerateAddressMap => _config.GenerateAddressMap;

    /// <summary>Whether stores of this engine run WebAssembly asynchronously (see <see cref="Config.AsyncSupport"/>).</summary>
    public bool AsyncSupport => _config.AsyncSupport;

    /// <summary>
    /// The strategy this engine runs code with, <see cref="Strategy.Auto"/> resolved for this host:
    /// <see cref="Strategy.Interpreter"/> where dynamic code is not supported; where it is,
    /// <see cref="Strategy.Auto"/> itself, which chooses per module by its size (see
    /// <see cref="Config.TierUpCodeSize"/>): small modules are compiled before they run, large ones
    /// start in the interpreter and compile hot functions in the background. Mirrors
    /// <c>Config::strategy</c>.
    /// </summary>
    public Strategy Strategy => _config.Strategy switch
    {
        Strategy.Auto when !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported => Strategy.Interpreter,
        Strategy other => other,
    };

    /// <summary>Whether this engine runs <paramref name="module"/> by tier-up: <see cref="Strategy.Auto"/> with a JIT, and at least <see cref="Config.TierUpCodeSize"/> bytes of code.</summary>
    internal bool TiersUp(Binary.ModuleInfo module)
    {
        if (Strategy != Strategy.Auto)
        {
            return false;
        }

        long code = 0;
        foreach (Binary.FunctionBody body in module.Bodies)
        {
            code += body.CodeLength;
        }

        return code >= _config.TierUpCodeSize;
    }

    /// <summary>
    /// Called once <paramref name="module"/> is decoded, before it is validated: when this engine
    /// will interpret it (<see cref="Strategy.Interpreter"/>, or tier-up), the interpreter's
    /// dispatch loop starts compiling in the background (<see cref="Interpretation.InterpreterWarmup"/>).
    /// </summary>
    internal void PrepareToRun(Binary.ModuleInfo module)
    {
        if (Strategy == Strategy.Interpreter || TiersUp(module))
        {
            Interpretation.InterpreterWarmup.Begin();
        }
    }

    /// <summary>Calls plus loop back-edges after which an interpreted function of a tiering engine is hot (see <see cref="Config.TierUpThreshold"/>).</summary>
    internal int TierUpThreshold => _config.TierUpThreshold;

    /// <summary>Whether hot functions are compiled synchronously (see <see cref="Config.TierUpSynchronously"/>).</summary>
    internal bool TierUpSynchronously => _config.TierUpSynchronously;

    /// <summary>Whether modules compile on several threads (see <see cref="Config.ParallelCompilation"/>).</summary>
    public bool ParallelCompilation => _config.ParallelCompilation;

    /// <summary>Whether compilation is deferred to first use (see <see cref="Config.LazyCompilation"/>).</summary>
    public bool LazyCompilation => _config.LazyCompilation;

    /// <summary>The code size above which functions are split (see <see cref="Config.FunctionSplitThreshold"/>).</summary>
    public int FunctionSplitThreshold => _config.FunctionSplitThreshold;

    /// <summary>The compilation cache folder, or null (see <see cref="Config.CacheDirectory"/>).</summary>
    public string? CacheDirectory => _config.CacheDirectory;

    /// <summary>
    /// Decodes, validates and compiles a module, binary or text, for this engine and returns the
    /// artifact <see cref="Module.Deserialize(Engine, byte[])"/> loads, without creating a module
    /// (<c>Engine::precompile_module</c>; <c>wasmsharp compile</c>). The code is compiled to IL and
    /// saved, not compiled to machine code: that happens at each function's first call after loading.
    /// A module that <see cref="Strategy.Auto"/> tiers up is saved without code (see <see cref="Module.Serialize"/>).
    /// </summary>
    /// <exception cref="WasmSharp.Text.WatParseException">The text is malformed.</exception>
    /// <exception cref="WasmFormatException">The binary is malformed.</exception>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="WasmImplementationLimitException">The module exceeds a limit of the compiler (docs/limits.md) under <see cref="Strategy.Compiler"/>.</exception>
    public byte[] PrecompileModule(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        byte[] binary = bytes.AsSpan().StartsWith("\0asm"u8)
            ? (byte[])bytes.Clone()
            : WasmSharp.Text.WatParser.ParseModule(System.Text.Encoding.UTF8.GetString(bytes));
        return Module.Precompile(this, binary);
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> start like a precompiled module of WasmSharp (an artifact of
    /// <see cref="Module.Serialize"/> or <see cref="PrecompileModule"/>): a look at the first bytes, not
    /// a check that it loads (<c>Engine::detect_precompiled</c>, which returns the kind of artifact;
    /// WasmSharp has one kind). The first 80 bytes are enough: an artifact with compiled code starts
    /// as a .NET assembly does, and is told apart by a stamp in its DOS stub.
    /// </summary>
    public static bool DetectPrecompiled(ReadOnlySpan<byte> bytes) => Serialization.ArtifactFormat.LooksLikeArtifact(bytes);

    /// <summary>The current epoch, read by epoch checks in compiled code.</summary>
    internal long CurrentEpoch => Volatile.Read(ref Epoch.Value);

    /// <summary>The epoch counter, shared with every store of this engine so compiled code can read it.</summary>
    internal Vm.EpochCounter Epoch { get; } = new();

    /// <summary>
    /// Advances the engine's epoch by one; stores whose deadline is reached are interrupted at their
    /// next epoch check. Thread-safe. Mirrors <c>Engine::increment_epoch</c>.
    /// </summary>
    public void IncrementEpoch() => Interlocked.Increment(ref Epoch.Value);
}
