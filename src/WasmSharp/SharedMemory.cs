using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A shared linear memory (threads proposal, "Shared Linear Memory"); mirrors
/// <c>wasmtime::SharedMemory</c>. It belongs to no store: instances in any store of the engine, on
/// any thread, may import it, and they all see the same bytes. The whole maximum is reserved when it
/// is created, so it never moves and <see cref="Grow"/> may run concurrently with code using it.
/// </summary>
public sealed class SharedMemory : Extern
{
    internal SharedMemory(LinearMemory memory) => Storage = memory;

    /// <summary>
    /// Creates a shared memory of <paramref name="type"/>'s minimum size (<c>SharedMemory::new</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not shared or has no maximum.</exception>
    /// <exception cref="WasmOutOfMemoryException">The maximum cannot be reserved.</exception>
    /// <exception cref="WasmResourceLimitException">The minimum exceeds what any memory may hold.</exception>
    public SharedMemory(Engine engine, MemoryType type)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (!type.Shared)
        {
            throw new ArgumentException("memory type must be shared", nameof(type));
        }

        if (type.Limits.Maximum is null)
        {
            throw new ArgumentException("shared memory must have a maximum", nameof(type));
        }

        Engine = engine;
        Storage = new LinearMemory(type);
    }

    /// <summary>The engine the memory was created for, when created through the API.</summary>
    public Engine? Engine { get; }

    /// <summary>The memory compiled code uses.</summary>
    internal LinearMemory Storage { get; }

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Memory;

    /// <inheritdoc/>
    internal override StoreContext? Owner => null;

    /// <summary>The memory's type with its current size as minimum (<c>SharedMemory::ty</c>).</summary>
    public MemoryType Ty() => Storage.Type with { Limits = Storage.Type.Limits with { Minimum = Storage.Pages } };

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromMemory(Ty());

    /// <summary>The size in pages (<c>SharedMemory::size</c>).</summary>
    public ulong Size() => Storage.Pages;

    /// <summary>The size in bytes (<c>SharedMemory::data_size</c>).</summary>
    public ulong DataSize() => Volatile.Read(ref Storage.Length);

    /// <summary>
    /// The memory's bytes (<c>SharedMemory::data</c>). Other threads may change them at any time;
    /// use <see cref="Interlocked"/> or <see cref="Volatile"/> on references into the span to
    /// synchronise with them. Memories over 2 GiB expose their first <see cref="int.MaxValue"/> bytes.
    /// </summary>
    public Span<byte> Data() => Storage.Span;

    /// <summary>
    /// Grows the memory by <paramref name="deltaPages"/> pages and returns the old size in pages
    /// (<c>SharedMemory::grow</c>). Safe to call while other threads run code using the memory.
    /// </summary>
    /// <exception cref="InvalidOperationException">The maximum would be exceeded.</exception>
    public ulong Grow(ulong deltaPages)
    {
        long old = Storage.Grow(deltaPages);
        if (old < 0)
        {
            throw new InvalidOperationException($"failed to grow memory by `{deltaPages}`");
        }

        return (ulong)old;
    }

    /// <summary>
    /// Wakes up to <paramref name="count"/> threads waiting on <paramref name="address"/> and returns
    /// how many it woke (<c>SharedMemory::atomic_notify</c>; <c>memory.atomic.notify</c>).
    /// </summary>
    /// <exception cref="Trap">The address is out of bounds or not 4-byte aligned.</exception>
    public uint AtomicNotify(ulong address, uint count) => (uint)WaitQueue.Notify(CheckedAddress(address, 4), (int)count);

    /// <summary>
    /// Blocks the calling thread until notified, if the i32 at <paramref name="address"/> equals
    /// <paramref name="expected"/>, or until <paramref name="timeout"/> expires (null: never)
    /// (<c>SharedMemory::atomic_wait32</c>; <c>memory.atomic.wait32</c>).
    /// </summary>
    /// <exception cref="Trap">The address is out of bounds or not 4-byte aligned.</exception>
    public WaitResult AtomicWait32(ulong address, uint expected, TimeSpan? timeout) =>
        (WaitResult)WaitQueue.Wait32(CheckedAddress(address, 4), (int)expected, Nanoseconds(timeout));

    /// <summary>As <see cref="AtomicWait32"/> on the i64 at <paramref name="address"/> (<c>SharedMemory::atomic_wait64</c>).</summary>
    /// <exception cref="Trap">The address is out of bounds or not 8-byte aligned.</exception>
    public WaitResult AtomicWait64(ulong address, ulong expected, TimeSpan? timeout) =>
        (WaitResult)WaitQueue.Wait64(CheckedAddress(address, 8), (long)expected, Nanoseconds(timeout));

    private static long Nanoseconds(TimeSpan? timeout) =>
        timeout is TimeSpan t ? (t <= TimeSpan.Zero ? 0 : t.Ticks > long.MaxValue / 100 ? long.MaxValue : t.Ticks * 100) : -1;

    // The same checks, in the same order, as compiled code: alignment, then bounds.
    private unsafe nint CheckedAddress(ulong address, ulong size)
    {
        if ((address & (size - 1)) != 0)
        {
            throw TrapHelpers.HeapMisaligned();
        }

        if (!Storage.InBounds(address, size))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        return (nint)(Storage.Base + address);
    }
}
