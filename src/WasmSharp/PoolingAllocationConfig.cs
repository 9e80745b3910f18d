namespace WasmSharp;

/// <summary>
/// Limits of the pooling instance allocator (<see cref="InstanceAllocationStrategy.Pooling(PoolingAllocationConfig)"/>);
/// mirrors Wasmtime's <c>PoolingAllocationConfig</c>, with its names and defaults. The pool hands
/// out linear memories from address-space slots of <see cref="MaxMemorySize"/> bytes that are
/// reserved once and reused: a slot is reset when its store is disposed or collected (on Linux its
/// pages are discarded with <c>madvise(MADV_DONTNEED)</c>, so they read as zero, or as the module's
/// copy-on-write data image, which stays mapped for the next instance of the same module), so
/// instantiating touches no fresh address space. Instances and tables are counted against
/// <see cref="TotalCoreInstances"/> and <see cref="TotalTables"/>. A module that can never fit the
/// pool (too many memories or tables, a minimum beyond the limits, a shared memory) is refused when
/// it is created, as Wasmtime's <c>Module::new</c> does; running out of slots at instantiation
/// raises <see cref="PoolConcurrencyLimitException"/>.
/// </summary>
/// <remarks>
/// Wasmtime's settings for components, async stacks, GC heaps and memory protection keys have no
/// counterpart: WasmSharp runs core modules, async calls hold no native stack, and GC objects live
/// on the .NET heap. <c>max_core_instance_size</c> bounds Wasmtime's <c>VMContext</c> bytes;
/// an instance's context here is a .NET object of fixed size whose arrays live on the .NET heap,
/// so there is nothing for it to bound. Table elements are references on the .NET heap too: tables
/// are counted and bounded, not placed in a pre-reserved region.
/// </remarks>
public sealed class PoolingAllocationConfig
{
    /// <summary>Default of <see cref="TotalCoreInstances"/>, <see cref="TotalMemories"/> and <see cref="TotalTables"/>: 1000, as in Wasmtime.</summary>
    public const int DefaultTotal = 1000;

    /// <summary>Default of <see cref="MaxMemorySize"/>: 4 GiB, as in Wasmtime since version 23.</summary>
    public const long DefaultMaxMemorySize = 1L << 32;

    /// <summary>Default of <see cref="TableElements"/>: 20,000, as in Wasmtime.</summary>
    public const int DefaultTableElements = 20_000;

    /// <summary>
    /// How many core instances may be alive at once across every store of the engine
    /// (<c>PoolingAllocationConfig::total_core_instances</c>). Default 1000.
    /// </summary>
    public int TotalCoreInstances { get; set; } = DefaultTotal;

    /// <summary>
    /// How many linear memories may be alive at once across every store of the engine, each in its
    /// own slot (<c>PoolingAllocationConfig::total_memories</c>). Default 1000. Slots are reserved
    /// when first needed and kept for reuse.
    /// </summary>
    public int TotalMemories { get; set; } = DefaultTotal;

    /// <summary>
    /// How many tables may be alive at once across every store of the engine
    /// (<c>PoolingAllocationConfig::total_tables</c>). Default 1000.
    /// </summary>
    public int TotalTables { get; set; } = DefaultTotal;

    /// <summary>
    /// The most bytes a linear memory may reach (<c>PoolingAllocationConfig::max_memory_size</c>):
    /// the size of each slot's reservation. A module whose memory's minimum is larger is refused;
    /// <c>memory.grow</c> beyond returns -1. Default 4 GiB.
    /// </summary>
    public long MaxMemorySize { get; set; } = DefaultMaxMemorySize;

    /// <summary>
    /// The most elements a table may reach (<c>PoolingAllocationConfig::table_elements</c>). A
    /// module whose table's minimum is larger is refused; <c>table.grow</c> beyond returns -1.
    /// Default 20,000.
    /// </summary>
    public int TableElements { get; set; } = DefaultTableElements;

    /// <summary>
    /// The most linear memories one module may define (<c>PoolingAllocationConfig::max_memories_per_module</c>).
    /// Default 1, as in Wasmtime.
    /// </summary>
    public int MaxMemoriesPerModule { get; set; } = 1;

    /// <summary>
    /// The most tables one module may define (<c>PoolingAllocationConfig::max_tables_per_module</c>).
    /// Default 1, as in Wasmtime.
    /// </summary>
    public int MaxTablesPerModule { get; set; } = 1;

    /// <summary>
    /// How many bytes at the start of a linear memory are zeroed with <c>memset</c> when its slot is
    /// reset, and so stay resident, rather than discarded with <c>madvise</c>
    /// (<c>PoolingAllocationConfig::linear_memory_keep_resident</c>). Default 0. Only applies on
    /// Linux: elsewhere a slot is always zeroed with <c>memset</c>. Bytes of the module's data image
    /// are always restored by discarding.
    /// </summary>
    public long LinearMemoryKeepResident { get; set; }

    /// <summary>Returns an independent copy.</summary>
    public PoolingAllocationConfig Clone() => (PoolingAllocationConfig)MemberwiseClone();

    /// <summary>Checks the limits as Wasmtime's <c>Engine::new</c> does.</summary>
    /// <exception cref="ArgumentException">A limit is negative.</exception>
    internal void Validate()
    {
        if (TotalCoreInstances < 0 || TotalMemories < 0 || TotalTables < 0 || TableElements < 0 || MaxMemoriesPerModule < 0 || MaxTablesPerModule < 0)
        {
            throw new ArgumentException("pooling allocator limits must not be negative");
        }

        if (MaxMemorySize < 0 || LinearMemoryKeepResident < 0)
        {
            throw new ArgumentException("pooling allocator sizes must not be negative");
        }
    }
}
