using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// The pooling instance allocator of one engine (Wasmtime's <c>PoolingInstanceAllocator</c>):
/// memory slots reserved once and reused (<see cref="MemorySlot"/>), and counts of live instances
/// and tables against their totals. Shared by every store of the engine, on any thread: the free
/// list is guarded by a lock, the counts are atomic. A slot is taken by exactly one memory and comes
/// back once, when that memory is released (its store disposed or collected).
/// </summary>
internal sealed unsafe class PoolingInstanceAllocator
{
    private readonly PoolingAllocationConfig _config;
    private readonly nuint _slotBytes;
    private readonly object _lock = new();
    private readonly List<MemorySlot> _free = [];
    private int _slots;
    private int _liveInstances;
    private int _liveTables;
    private bool _finalized;

    /// <summary>Creates the pool for <paramref name="config"/>'s limits; no address space is reserved yet.</summary>
    public PoolingInstanceAllocator(PoolingAllocationConfig config)
    {
        _config = config;
        ulong page = (ulong)Environment.SystemPageSize;
        _slotBytes = (nuint)Math.Min(((ulong)config.MaxMemorySize + page - 1) / page * page, (ulong)nuint.MaxValue / 2);
    }

    /// <summary>Unmaps the free slots once neither the engine nor any memory uses the pool.</summary>
    ~PoolingInstanceAllocator()
    {
        lock (_lock)
        {
            _finalized = true;
            foreach (MemorySlot slot in _free)
            {
                VirtualMemory.Release(slot.Base, slot.Reserved);
            }

            _free.Clear();
        }
    }

    /// <summary>The most bytes a pooled memory may reach: <c>max_memory_size</c> rounded up to host pages.</summary>
    public ulong MaxMemoryBytes => _slotBytes;

    /// <summary>The most elements a pooled table may reach (<c>table_elements</c>).</summary>
    public int TableElements => _config.TableElements;

    /// <summary>
    /// Refuses a module that can never be instantiated from this pool, with Wasmtime's messages
    /// (its <c>validate_module</c>, run by <c>Module::new</c>).
    /// </summary>
    /// <exception cref="WasmImplementationLimitException">The module exceeds a per-module limit of the pool.</exception>
    public void Validate(ModuleInfo module)
    {
        int memories = module.Memories.Count - module.ImportedMemoryCount;
        if (memories > _config.MaxMemoriesPerModule)
        {
            throw new WasmImplementationLimitException($"defined memories count of {memories} exceeds the per-instance limit of {_config.MaxMemoriesPerModule}");
        }

        int tables = module.Tables.Count - module.ImportedTableCount;
        if (tables > _config.MaxTablesPerModule)
        {
            throw new WasmImplementationLimitException($"defined tables count of {tables} exceeds the per-instance limit of {_config.MaxTablesPerModule}");
        }

        if (tables > _config.TotalTables)
        {
            throw new WasmImplementationLimitException($"defined tables count of {tables} exceeds the total tables limit of {_config.TotalTables}");
        }

        for (int i = module.ImportedMemoryCount; i < module.Memories.Count; i++)
        {
            ValidateMemory(module.Memories[i], i);
        }

        for (int i = module.ImportedTableCount; i < module.Tables.Count; i++)
        {
            ValidateTable(module.Tables[i].Type.Limits, i);
        }
    }

    /// <summary>Refuses a memory no slot can hold (Wasmtime's <c>MemoryPool::validate_memory</c>).</summary>
    /// <exception cref="WasmImplementationLimitException">The memory is shared or its minimum exceeds <c>max_memory_size</c>.</exception>
    public void ValidateMemory(MemoryType type, int index)
    {
        if (type.Shared)
        {
            throw new WasmImplementationLimitException($"memory index {index} is unsupported in this pooling allocator configuration: memory is shared which is not supported in the pooling allocator");
        }

        if (type.Limits.Minimum > ulong.MaxValue >> type.PageSizeLog2)
        {
            throw new WasmImplementationLimitException($"memory index {index} is unsupported in this pooling allocator configuration: memory has a minimum byte size that cannot be represented in a u64");
        }

        ulong minimum = type.Limits.Minimum << type.PageSizeLog2;
        if (minimum > _slotBytes)
        {
            throw new WasmImplementationLimitException($"memory index {index} has a minimum byte size of {minimum} which exceeds the limit of {_slotBytes} bytes");
        }
    }

    /// <summary>Refuses a table whose minimum exceeds <c>table_elements</c> (Wasmtime's <c>TablePool::validate</c>).</summary>
    /// <exception cref="WasmImplementationLimitException">The minimum is too large.</exception>
    public void ValidateTable(Limits limits, int index)
    {
        if (limits.Minimum > (ulong)_config.TableElements)
        {
            throw new WasmImplementationLimitException($"table index {index} has a minimum element size of {limits.Minimum} which exceeds the limit of {_config.TableElements}");
        }
    }

    /// <summary>
    /// Counts one more instance with <paramref name="tables"/> defined tables for <paramref name="store"/>,
    /// released with the store (<see cref="PoolLease"/>).
    /// </summary>
    /// <exception cref="PoolConcurrencyLimitException">The instances or tables of the pool are all taken.</exception>
    public void ReserveInstance(StoreContext store, int tables)
    {
        Take(ref _liveInstances, 1, _config.TotalCoreInstances, "core instances");
        try
        {
            Take(ref _liveTables, tables, _config.TotalTables, "tables");
        }
        catch (PoolConcurrencyLimitException)
        {
            Interlocked.Add(ref _liveInstances, -1);
            throw;
        }

        LeaseOf(store).Add(1, tables);
    }

    /// <summary>Counts <paramref name="tables"/> more tables for <paramref name="store"/> (a host-created table).</summary>
    /// <exception cref="PoolConcurrencyLimitException">The tables of the pool are all taken.</exception>
    public void ReserveTables(StoreContext store, int tables)
    {
        Take(ref _liveTables, tables, _config.TotalTables, "tables");
        LeaseOf(store).Add(0, tables);
    }

    /// <summary>Gives back what a store's lease counted.</summary>
    public void Release(int instances, int tables)
    {
        Interlocked.Add(ref _liveInstances, -instances);
        Interlocked.Add(ref _liveTables, -tables);
    }

    /// <summary>
    /// A slot for a memory of <paramref name="initialBytes"/>, prepared with <paramref name="image"/>
    /// mapped if given: preferably the most recently freed slot holding that image, then one holding
    /// none, then a new one while fewer than <c>total_memories</c> exist.
    /// </summary>
    /// <exception cref="PoolConcurrencyLimitException">Every slot is in use.</exception>
    /// <exception cref="WasmOutOfMemoryException">A new slot's address space cannot be reserved.</exception>
    public MemorySlot AcquireMemory(ulong initialBytes, MemoryImage? image)
    {
        while (true)
        {
            MemorySlot slot = TakeSlot(image);
            if (slot.Prepare(initialBytes, image))
            {
                return slot;
            }

            // The slot's mappings are in an unknown state: drop it rather than risk reusing it.
            Drop(slot);
        }
    }

    /// <summary>Resets <paramref name="slot"/>, used by a memory that reached <paramref name="length"/> bytes, and frees it for reuse.</summary>
    public void ReturnMemory(MemorySlot slot, ulong length)
    {
        if (!slot.Reset(length, _config.LinearMemoryKeepResident))
        {
            Drop(slot);
            return;
        }

        lock (_lock)
        {
            if (_finalized)
            {
                VirtualMemory.Release(slot.Base, slot.Reserved);
                return;
            }

            _free.Add(slot);
        }
    }

    private MemorySlot TakeSlot(MemoryImage? image)
    {
        lock (_lock)
        {
            int pick = -1;
            for (int i = _free.Count - 1; i >= 0; i--)
            {
                if (_free[i].Image == image)
                {
                    pick = i;
                    break;
                }

                if (pick < 0 && _free[i].Image is null)
                {
                    pick = i;
                }
            }

            if (pick < 0 && _free.Count > 0 && _slots >= _config.TotalMemories)
            {
                pick = _free.Count - 1;
            }

            if (pick >= 0)
            {
                MemorySlot slot = _free[pick];
                _free.RemoveAt(pick);
                return slot;
            }

            if (_slots >= _config.TotalMemories)
            {
                throw new PoolConcurrencyLimitException(_config.TotalMemories, "memories");
            }

            byte* reservation = VirtualMemory.Reserve(_slotBytes);
            if (reservation == null)
            {
                throw WasmOutOfMemoryException.Reservation(_slotBytes);
            }

            _slots++;
            return new MemorySlot(reservation, _slotBytes);
        }
    }

    private void Drop(MemorySlot slot)
    {
        VirtualMemory.Release(slot.Base, slot.Reserved);
        lock (_lock)
        {
            _slots--;
        }
    }

    private static void Take(ref int live, int count, int limit, string kind)
    {
        if (count == 0)
        {
            return;
        }

        if (Interlocked.Add(ref live, count) > limit)
        {
            Interlocked.Add(ref live, -count);
            throw new PoolConcurrencyLimitException(limit, kind);
        }
    }

    private PoolLease LeaseOf(StoreContext store) => store.PoolLease ??= new PoolLease(this);
}
