using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// A linear memory (spec 4.2.8 "Memory Instances"; Wasmtime's <c>VMMemoryDefinition</c>):
/// unmanaged, zero-initialised bytes at <see cref="Base"/>, <see cref="Length"/> of them accessible.
/// Address space is reserved up front (the whole maximum of a 32-bit memory, at least
/// <see cref="Reservation64"/> of a 64-bit one) so growing only commits pages and the base rarely
/// moves; it moves when a memory outgrows its reservation. Committed pages cost nothing until
/// touched (reserved with MAP_NORESERVE on Linux), so a 64 GiB minimum instantiates as in Wasmtime.
/// A shared memory (threads proposal) never moves, since other threads address it without
/// synchronisation: its maximum is reserved up front or creation fails, and growth is serialised by
/// a lock. Compiled code caches <see cref="Base"/> and <see cref="Length"/> in IL locals and
/// reloads them after anything that may grow the memory.
/// </summary>
internal sealed unsafe class LinearMemory : IDisposable
{
    /// <summary>Largest size a 32-bit memory may reach: 4 GiB.</summary>
    private const ulong MaxBytes32 = 1UL << 32;

    /// <summary>
    /// Largest size a 64-bit memory may reach: 2^63 bytes, so sizes in bytes never overflow. Far
    /// beyond any address space: reserving such a memory fails with Wasmtime's
    /// "mmap failed to reserve" error instead.
    /// </summary>
    public const ulong MaxBytes64 = 1UL << 63;

    /// <summary>
    /// Address space reserved up front for a 64-bit memory (Wasmtime reserves a configurable amount
    /// likewise): growing beyond moves the memory.
    /// </summary>
    public const ulong Reservation64 = 1UL << 34;

    /// <summary>Address of byte 0. Read by compiled code.</summary>
    public byte* Base;

    /// <summary>Accessible bytes. Read by compiled code.</summary>
    public ulong Length;

    private nuint _reserved;
    private readonly ulong _maxPages;
    private readonly StoreContext? _store;
    private readonly object _growLock = new();
    private readonly PoolingInstanceAllocator? _pool;
    private MemorySlot? _slot;

    /// <summary>The store the memory or table belongs to, if created for one.</summary>
    public StoreContext? Store => _store;

    /// <summary>
    /// Creates a memory of <paramref name="type"/>'s minimum size; growth is submitted to
    /// <paramref name="store"/>'s resource limiter when given.
    /// </summary>
    /// <exception cref="WasmResourceLimitException">The minimum exceeds what any memory may hold here.</exception>
    /// <exception cref="WasmOutOfMemoryException">The address space or memory cannot be obtained.</exception>
    public LinearMemory(MemoryType type, StoreContext? store = null)
        : this(type, store, null, null)
    {
    }

    /// <summary>
    /// Creates a memory of <paramref name="type"/>'s minimum size in a slot of <paramref name="pool"/>
    /// when given (then <paramref name="image"/>, if given, is mapped there: see <see cref="TryMapImage"/>),
    /// otherwise in its own reservation.
    /// </summary>
    /// <exception cref="WasmResourceLimitException">The minimum exceeds what any memory may hold here.</exception>
    /// <exception cref="WasmOutOfMemoryException">The address space or memory cannot be obtained.</exception>
    /// <exception cref="PoolConcurrencyLimitException">Every slot of <paramref name="pool"/> is in use.</exception>
    public LinearMemory(MemoryType type, StoreContext? store, PoolingInstanceAllocator? pool, MemoryImage? image)
    {
        _store = store;
        Type = type;
        PageSizeLog2 = type.PageSizeLog2;
        // A 32-bit memory's size in pages must fit memory.size's i32 result: 2^32 - 1 pages when
        // pages are 1 byte (custom-page-sizes: "If len is larger than or equal to 2^32, then fail").
        ulong absoluteMaxPages = type.Is64 ? MaxBytes64 >> PageSizeLog2 : Math.Min(MaxBytes32 >> PageSizeLog2, uint.MaxValue);
        _maxPages = Math.Min(type.Limits.Maximum ?? absoluteMaxPages, absoluteMaxPages);
        if (type.Limits.Minimum > _maxPages)
        {
            // Validation guarantees minimum <= maximum: only the absolute limit can be exceeded.
            throw new WasmResourceLimitException($"memory minimum size of {type.Limits.Minimum} pages exceeds memory limits");
        }

        ulong initialBytes = type.Limits.Minimum << PageSizeLog2;
        if (pool is not null)
        {
            // A slot never moves: the memory may grow to the slot's size (max_memory_size), no further.
            _maxPages = Math.Min(_maxPages, pool.MaxMemoryBytes >> PageSizeLog2);
            if (type.Limits.Minimum > _maxPages)
            {
                throw new WasmResourceLimitException($"memory minimum size of {type.Limits.Minimum} pages exceeds memory limits");
            }

            _pool = pool;
            _slot = pool.AcquireMemory(initialBytes, image);
            Base = _slot.Base;
            _reserved = _slot.Reserved;
            Length = initialBytes;
            AddPressure(initialBytes);
            return;
        }

        ulong maxBytes = _maxPages << PageSizeLog2;

        // Reserve address space only, nothing committed: a shared memory its whole maximum (it
        // may never move), others as much as growth is likely to need.
        ulong reserve = type.Shared ? maxBytes
            : !VirtualMemory.CanReserve ? initialBytes
            : Math.Max(initialBytes, Math.Min(maxBytes, type.Is64 ? Reservation64 : MaxBytes32));
        if (reserve > nuint.MaxValue)
        {
            throw WasmOutOfMemoryException.Reservation(reserve);
        }

        Base = VirtualMemory.Reserve((nuint)reserve);
        if (Base == null && reserve != initialBytes && !type.Shared)
        {
            reserve = initialBytes;
            Base = VirtualMemory.Reserve((nuint)reserve);
        }

        if (Base == null)
        {
            throw WasmOutOfMemoryException.Reservation(reserve);
        }

        if (!VirtualMemory.Commit(Base, (nuint)initialBytes))
        {
            VirtualMemory.Release(Base, (nuint)reserve);
            Base = null;
            throw WasmOutOfMemoryException.Allocation(initialBytes);
        }

        _reserved = (nuint)reserve;
        Length = initialBytes;
        AddPressure(initialBytes);
    }

    /// <summary>Releases the memory if <see cref="Dispose"/> was not called.</summary>
    ~LinearMemory() => Release();

    /// <summary>The memory's type (minimum as declared).</summary>
    public MemoryType Type { get; }

    /// <summary>log2 of the page size.</summary>
    public int PageSizeLog2 { get; }

    /// <summary>Current size in pages.</summary>
    public ulong Pages => Length >> PageSizeLog2;

    /// <summary>Maximum size in pages.</summary>
    public ulong MaxPages => _maxPages;

    /// <summary>The accessible bytes as a span (valid until the next grow).</summary>
    public Span<byte> Span => new(Base, checked((int)Math.Min(Length, int.MaxValue)));

    /// <summary>
    /// Grows by <paramref name="deltaPages"/> (spec 4.5.3.9 "Growing memories"): returns the old
    /// size in pages, or -1 when the maximum would be exceeded or memory cannot be committed.
    /// </summary>
    public long Grow(ulong deltaPages)
    {
        if (Base == null)
        {
            // Released with its Store: nothing to grow, and nothing may be reserved anew.
            return -1;
        }

        if (!Type.Shared)
        {
            return GrowUnsynchronized(deltaPages);
        }

        // Threads may grow a shared memory concurrently; each must see the size the other left.
        lock (_growLock)
        {
            return GrowUnsynchronized(deltaPages);
        }
    }

    private long GrowUnsynchronized(ulong deltaPages)
    {
        ulong oldPages = Pages;
        if (deltaPages == 0)
        {
            return (long)oldPages;
        }

        if (deltaPages > _maxPages - oldPages)
        {
            return -1;
        }

        ulong newBytes = (oldPages + deltaPages) << PageSizeLog2;
        if (_store?.Limiter is ResourceLimiter limiter
            && !limiter.MemoryGrowing((long)Length, (long)newBytes, Type.Limits.Maximum is ulong max ? MaxBytesOf(max) : null))
        {
            return -1;
        }

        if (newBytes > _reserved)
        {
            if (Type.Shared || _slot is not null || !Move(newBytes))
            {
                return -1;
            }
        }
        else if (!VirtualMemory.Commit(Base + Length, (nuint)(newBytes - Length)))
        {
            return -1;
        }

        AddPressure(newBytes - Length);

        // Published after the commit: another thread seeing the new length finds the pages ready.
        Volatile.Write(ref Length, newBytes);
        return (long)oldPages;
    }

    // A declared maximum in bytes for the limiter, saturated: a 64-bit memory may declare 2^48 pages.
    private long MaxBytesOf(ulong maxPages) => maxPages > (ulong)long.MaxValue >> PageSizeLog2 ? long.MaxValue : (long)(maxPages << PageSizeLog2);

    /// <summary>
    /// Makes the memory's first bytes a copy-on-write mapping of <paramref name="image"/> (see
    /// <see cref="MemoryImage"/>); false, the memory unchanged, if the image does not fit its
    /// current size or cannot be mapped.
    /// </summary>
    public bool TryMapImage(MemoryImage image)
    {
        if (_slot is not null)
        {
            // The pool mapped the image when it prepared the slot, or kept it from the last instance.
            return _slot.Image == image;
        }

        return Base != null && (ulong)(image.Start + image.Length) <= Length && VirtualMemory.MapImage(Base + image.Start, image);
    }

    /// <summary>Checks that [<paramref name="address"/>, +<paramref name="count"/>) is accessible.</summary>
    public bool InBounds(ulong address, ulong count)
    {
        // One read of the length: a shared memory's may grow concurrently.
        ulong length = Volatile.Read(ref Length);
        return address <= length && count <= length - address;
    }

    /// <summary>Frees the memory.</summary>
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    // The GC cannot see unmanaged memory: see UnmanagedMemoryPressure.
    private static void AddPressure(ulong bytes) => UnmanagedMemoryPressure.Add(bytes);

    private bool Move(ulong newBytes)
    {
        ulong maxBytes = _maxPages << PageSizeLog2;
        ulong reserve = Math.Min(Math.Max(newBytes, (ulong)_reserved * 2), maxBytes);
        byte* fresh = VirtualMemory.Reserve((nuint)reserve);
        if (fresh == null)
        {
            return false;
        }

        if (!VirtualMemory.Commit(fresh, (nuint)newBytes))
        {
            VirtualMemory.Release(fresh, (nuint)reserve);
            return false;
        }

        Buffer.MemoryCopy(Base, fresh, newBytes, Length);
        VirtualMemory.Release(Base, _reserved);
        Base = fresh;
        _reserved = (nuint)reserve;
        return true;
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _slot, null) is MemorySlot slot)
        {
            // Published as released before the slot is reset and may go to another memory.
            ulong length = Length;
            Base = null;
            Length = 0;
            UnmanagedMemoryPressure.Remove(length);
            _pool!.ReturnMemory(slot, length);
        }
        else if (Base != null)
        {
            VirtualMemory.Release(Base, _reserved);
            Base = null;
            UnmanagedMemoryPressure.Remove(Length);

            Length = 0;
        }
    }
}
