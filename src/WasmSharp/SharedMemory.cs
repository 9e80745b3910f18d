using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A shared linear memory (threads proposal, "Shared Linear Memory"); mirrors
/// <c>wasmtime::SharedMemory</c>. It belongs to no store: instances in any store of the engine, on
/// any thread, may import it, and they all see the same bytes. The whole maximum is reserved when it
/// is created, so it never moves and <see cref="Grow"/> may run concurrently with code using it.
/// </summary>
/// <remarks>
/// Host access: <see cref="Read(long, Span{byte})"/>, <see cref="Write(long, ReadOnlySpan{byte})"/>,
/// <c>ReadInt32</c>/<c>WriteInt32</c> and the other integer and float widths (little-endian, as wasm
/// loads and stores), <see cref="ReadString"/>/<see cref="WriteString"/> (UTF-8) and
/// <see cref="GetSpan"/>, as in wasmtime-dotnet. Addresses are <see cref="long"/> so 64-bit memories
/// are reachable beyond 4 GiB. Every accessor checks the whole range first and throws
/// <see cref="ArgumentOutOfRangeException"/> (parameter <c>address</c>, message
/// <c>out of bounds memory access: N byte(s) at address A do not fit in the memory's S bytes</c>)
/// without touching memory when it does not fit or the address is negative. The accesses are plain,
/// not atomic: like non-atomic wasm loads and stores they may tear against other threads' writes;
/// use <see cref="Data"/> with <see cref="Interlocked"/> or <see cref="Volatile"/> to synchronise.
/// </remarks>
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

    /// <summary>A view of <paramref name="length"/> bytes at <paramref name="address"/> (a slice of <c>Memory::data_mut</c>; wasmtime-dotnet's <c>Memory.GetSpan</c>). A shared memory never moves, so the span stays valid while the memory lives.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public Span<byte> GetSpan(long address, int length)
    {
        return MemoryAccess.GetSpan(Storage, address, length);
    }

    /// <summary>Copies bytes at <paramref name="address"/> into <paramref name="buffer"/> (<c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void Read(long address, Span<byte> buffer)
    {
        MemoryAccess.Read(Storage, address, buffer);
    }

    /// <summary>Copies <paramref name="data"/> to <paramref name="address"/> (<c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void Write(long address, ReadOnlySpan<byte> data)
    {
        MemoryAccess.Write(Storage, address, data);
    }

    /// <summary>Reads the 8-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadByte</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public byte ReadByte(long address)
    {
        return MemoryAccess.ReadByte(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the 8-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteByte</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteByte(long address, byte value)
    {
        MemoryAccess.WriteByte(Storage, address, value);
    }

    /// <summary>Reads the little-endian 16-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadInt16</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public short ReadInt16(long address)
    {
        return MemoryAccess.ReadInt16(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 16-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteInt16</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteInt16(long address, short value)
    {
        MemoryAccess.WriteInt16(Storage, address, value);
    }

    /// <summary>Reads the little-endian 32-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadInt32</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public int ReadInt32(long address)
    {
        return MemoryAccess.ReadInt32(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 32-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteInt32</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteInt32(long address, int value)
    {
        MemoryAccess.WriteInt32(Storage, address, value);
    }

    /// <summary>Reads the little-endian 64-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadInt64</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public long ReadInt64(long address)
    {
        return MemoryAccess.ReadInt64(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 64-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteInt64</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteInt64(long address, long value)
    {
        MemoryAccess.WriteInt64(Storage, address, value);
    }

    /// <summary>Reads the little-endian 32-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadSingle</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public float ReadSingle(long address)
    {
        return MemoryAccess.ReadSingle(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 32-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteSingle</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteSingle(long address, float value)
    {
        MemoryAccess.WriteSingle(Storage, address, value);
    }

    /// <summary>Reads the little-endian 64-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadDouble</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public double ReadDouble(long address)
    {
        return MemoryAccess.ReadDouble(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 64-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteDouble</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteDouble(long address, double value)
    {
        MemoryAccess.WriteDouble(Storage, address, value);
    }

    /// <summary>Decodes <paramref name="length"/> bytes at <paramref name="address"/> as UTF-8 (wasmtime-dotnet's <c>Memory.ReadString</c>); invalid sequences become U+FFFD.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public string ReadString(long address, int length)
    {
        return MemoryAccess.ReadString(Storage, address, length);
    }

    /// <summary>
    /// Decodes the UTF-8 bytes from <paramref name="address"/> up to the first NUL byte (wasmtime-dotnet's
    /// <c>Memory.ReadNullTerminatedString</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The address is out of bounds, or no NUL byte follows it before the end of the memory.</exception>
    public string ReadNullTerminatedString(long address)
    {
        return MemoryAccess.ReadNullTerminatedString(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8, without a terminator, at <paramref name="address"/> and returns the number of bytes written (wasmtime-dotnet's <c>Memory.WriteString</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public int WriteString(long address, string value)
    {
        return MemoryAccess.WriteString(Storage, address, value);
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
