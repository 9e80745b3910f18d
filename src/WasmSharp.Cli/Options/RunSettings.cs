using System.Net;
using System.Net.Sockets;
using WasmSharp.Wasi;

namespace WasmSharp.Cli.Options;

/// <summary>
/// What the option groups (<c>-W</c>, <c>-S</c>, <c>-C</c>, <c>-O</c>, <c>-D</c>) and a <c>--config</c>
/// file asked for; the counterpart of Wasmtime's <c>CommonOptions</c> after <c>configure</c>. Unset
/// properties keep WasmSharp's defaults. <see cref="BuildConfig"/> turns it into a <see cref="Config"/>
/// as <c>CommonOptions::config</c> does.
/// </summary>
internal sealed class RunSettings
{
    private readonly List<(WasmFeatures Feature, bool Enabled)> _featureToggles = [];

    /// <summary><c>-W fuel=N</c>: consume fuel, starting with N units.</summary>
    public ulong? Fuel { get; set; }

    /// <summary><c>-W epoch-interruption</c>.</summary>
    public bool? EpochInterruption { get; set; }

    /// <summary><c>-W timeout=DURATION</c>: interrupt WebAssembly code after this long.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary><c>-W max-wasm-stack=N</c>.</summary>
    public int? MaxWasmStack { get; set; }

    /// <summary><c>-W max-memory-size=N</c>: bytes any linear memory may reach.</summary>
    public long? MaxMemorySize { get; set; }

    /// <summary><c>-W max-table-elements=N</c>.</summary>
    public long? MaxTableElements { get; set; }

    /// <summary><c>-W max-instances=N</c>.</summary>
    public int? MaxInstances { get; set; }

    /// <summary><c>-W max-tables=N</c>.</summary>
    public int? MaxTables { get; set; }

    /// <summary><c>-W max-memories=N</c>.</summary>
    public int? MaxMemories { get; set; }

    /// <summary><c>-W unknown-imports-trap</c>.</summary>
    public bool UnknownImportsTrap { get; set; }

    /// <summary><c>-W unknown-imports-default</c>.</summary>
    public bool UnknownImportsDefault { get; set; }

    /// <summary><c>-W all-proposals</c>: the starting value of every proposal toggle.</summary>
    public bool? AllProposals { get; set; }

    /// <summary><c>-C parallel-compilation</c>.</summary>
    public bool? ParallelCompilation { get; set; }

    /// <summary><c>-C strategy</c> (<see cref="Config.Strategy"/>).</summary>
    public Strategy? Strategy { get; set; }

    /// <summary><c>-O pooling-allocator</c>: use the pooling instance allocator (<see cref="Config.AllocationStrategy"/>).</summary>
    public bool? PoolingAllocator { get; set; }

    /// <summary>
    /// The <c>-O pooling-*</c> limits, starting from Wasmtime's defaults; used only with
    /// <c>-O pooling-allocator</c>, as in Wasmtime's <c>CommonOptions::config</c>.
    /// </summary>
    public PoolingAllocationConfig Pooling { get; } = new();

    /// <summary><c>-D coredump=PATH</c>: where to write a trap's core dump (<see cref="Config.CoredumpOnTrap"/>).</summary>
    public string? Coredump { get; set; }

    /// <summary><c>-D address-map</c> (<see cref="Config.GenerateAddressMap"/>).</summary>
    public bool? AddressMap { get; set; }

    /// <summary><c>-C lazy-compilation</c> (WasmSharp's <see cref="Config.LazyCompilation"/>).</summary>
    public bool? LazyCompilation { get; set; }

    /// <summary><c>-C function-split-threshold=N</c> (WasmSharp's <see cref="Config.FunctionSplitThreshold"/>).</summary>
    public int? FunctionSplitThreshold { get; set; }

    /// <summary><c>-C tier-up-code-size=N</c> (WasmSharp's <see cref="Config.TierUpCodeSize"/>).</summary>
    public long? TierUpCodeSize { get; set; }

    /// <summary><c>-C cache</c>: whether compiled modules are cached on disk.</summary>
    public bool? Cache { get; set; }

    /// <summary><c>-C cache-config=PATH</c>: the cache configuration file.</summary>
    public string? CacheConfig { get; set; }

    /// <summary><c>-S cli</c>: whether WASI is linked at all.</summary>
    public bool? WasiCli { get; set; }

    /// <summary><c>-S common</c>, Wasmtime's deprecated alias of <c>-S cli</c>.</summary>
    public bool? WasiCommon { get; set; }

    /// <summary><c>-S inherit-env</c>: the guest sees the host's environment (before <c>--env</c>).</summary>
    public bool InheritEnv { get; set; }

    /// <summary><c>-S tcplisten=ADDR</c>: TCP listeners handed to the guest as preopened sockets.</summary>
    public List<string> TcpListen { get; } = [];

    /// <summary>Records <c>-W PROPOSAL=y|n</c>; later toggles of one proposal win.</summary>
    public void Toggle(WasmFeatures feature, bool enabled) => _featureToggles.Add((feature, enabled));

    /// <summary>
    /// The engine configuration <c>wasmsharp run</c> uses (and <c>settings</c> prints):
    /// <see cref="BuildConfig"/>, with every module started in the interpreter and its hot functions
    /// compiled in the background (<see cref="Config.TierUpCodeSize"/> 0) unless
    /// <c>-C tier-up-code-size</c> says otherwise, and each function compiled to machine code at its
    /// first call unless <c>-C lazy-compilation</c> says otherwise. A run is the module's only use,
    /// so compiling every function before the first call (as Wasmtime's <c>Module::new</c> does, and
    /// the library's default) only buys parallelism and pays for functions that never run, and
    /// compiling at first call still pays the JIT for code that runs once: over the Sightglass
    /// programs, whole process, tier-up took 0.68x the time of lazy compilation (geometric mean;
    /// 0.21x for regex, 1.21x for keccak, the worst), ReadyToRun CLIs, interleaved
    /// (docs/first-result.md).
    /// </summary>
    public Config BuildRunConfig()
    {
        Config config = BuildConfig();
        if (TierUpCodeSize is null)
        {
            config.TierUpCodeSize = 0;
        }

        if (LazyCompilation is null)
        {
            config.LazyCompilation = true;
        }

        return config;
    }

    /// <summary>
    /// The engine configuration, as <c>CommonOptions::config</c> builds it: <c>all-proposals</c> first,
    /// then each proposal toggle; fuel implies <see cref="Config.ConsumeFuel"/> and a timeout implies
    /// <see cref="Config.EpochInterruption"/> (as <c>wasmtime run</c> does).
    /// </summary>
    public Config BuildConfig()
    {
        var config = new Config();
        if (AllProposals is bool all)
        {
            config.Features = all ? WasmFeatures.All : WasmFeatures.None;
        }

        foreach ((WasmFeatures feature, bool enabled) in _featureToggles)
        {
            config.Features = enabled ? config.Features | feature : config.Features & ~feature;
        }

        config.ConsumeFuel = Fuel is not null;
        config.EpochInterruption = EpochInterruption == true || Timeout is not null;
        if (MaxWasmStack is int stack)
        {
            config.MaxWasmStack = stack;
        }

        if (Strategy is WasmSharp.Strategy strategy)
        {
            config.Strategy = strategy;
        }

        if (ParallelCompilation is bool parallel)
        {
            config.ParallelCompilation = parallel;
        }

        if (LazyCompilation is bool lazy)
        {
            config.LazyCompilation = lazy;
        }

        if (AddressMap is bool addressMap)
        {
            config.GenerateAddressMap = addressMap;
        }

        config.CoredumpOnTrap = Coredump is not null;

        if (PoolingAllocator == true)
        {
            config.AllocationStrategy = InstanceAllocationStrategy.Pooling(Pooling);
        }

        if (FunctionSplitThreshold is int threshold)
        {
            config.FunctionSplitThreshold = threshold;
        }

        if (TierUpCodeSize is long tierUpCodeSize)
        {
            config.TierUpCodeSize = tierUpCodeSize;
        }

        // As Wasmtime's CommonOptions::config: a cache config file names the folder; -C cache=n wins.
        if (Cache == true || CacheConfig is not null && Cache != false)
        {
            config.CacheDirectory = CacheConfig is null ? Config.DefaultCacheDirectory : CacheConfigFile.ReadDirectory(CacheConfig);
        }

        return config;
    }

    /// <summary>The store limits (<c>RunCommon::store_limits</c>), or null when no limit was given.</summary>
    public StoreLimits? BuildLimits()
    {
        if (MaxMemorySize is null && MaxTableElements is null && MaxInstances is null && MaxTables is null && MaxMemories is null)
        {
            return null;
        }

        return new StoreLimits
        {
            MemorySize = MaxMemorySize,
            TableElements = MaxTableElements,
            InstanceLimit = MaxInstances ?? ResourceLimiter.DefaultCountLimit,
            TableLimit = MaxTables ?? ResourceLimiter.DefaultCountLimit,
            MemoryLimit = MaxMemories ?? ResourceLimiter.DefaultCountLimit,
        };
    }

    /// <summary>
    /// Whether WASI is linked: unless <c>-S cli=n</c>. Giving both <c>-S cli</c> and its deprecated
    /// alias <c>-S common</c> is an error, as in Wasmtime.
    /// </summary>
    /// <exception cref="UsageException">Both were given.</exception>
    public bool LinksWasi()
    {
        if (WasiCli is not null && WasiCommon is not null)
        {
            throw new UsageException("the -S common option should not be used with -S cli as it is a deprecated alias");
        }

        return (WasiCli ?? WasiCommon) != false;
    }

    /// <summary>Binds and listens on every <c>-S tcplisten</c> address and preopens the sockets.</summary>
    /// <exception cref="UsageException">An address is not <c>HOST:PORT</c>.</exception>
    /// <exception cref="SocketException">The address cannot be bound.</exception>
    public void PreopenSockets(WasiConfig wasi)
    {
        foreach (string address in TcpListen)
        {
            if (!IPEndPoint.TryParse(address, out IPEndPoint? endpoint) || endpoint.Port == 0 && !address.EndsWith(":0", StringComparison.Ordinal))
            {
                throw new UsageException($"failed to parse -S option `tcplisten={address}`: expected IP:PORT");
            }

            var listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                listener.Bind(endpoint);
                listener.Listen();
            }
            catch
            {
                listener.Dispose();
                throw;
            }

            wasi.PreopenedSocket(listener);
        }
    }
}
