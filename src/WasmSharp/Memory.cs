using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A linear memory in a store (spec 4.2.8 "Memory Instances"); mirrors <c>wasmtime::Memory</c>.
/// The bytes are unmanaged and zero-initialised; <see cref="Span"/> views them until the next grow.
/// </summary>
/// <remarks>
/// Host access: <see cref="Read(Store, long, Span{byte})"/>, <see cref="Write(Store, long, ReadOnlySpan{byte})"/>,
/// <c>ReadInt32</c>/<c>WriteInt32</c> and the other integer and float widths (little-endian, as wasm
/// loads and stores), <see cref="ReadString"/>/<see cref="WriteString"/> (UTF-8) and
/// <see cref="GetSpan"/>, as in wasmtime-dotnet. Addresses are <see cref="long"/> so 64-bit memories
/// are reachable beyond 4 GiB. Every accessor checks the whole range first and throws
/// <see cref="ArgumentOutOfRangeException"/> (parameter <c>address</c>, message
/// <c>out of bounds memory access: N byte(s) at address A do not fit in the memory's S bytes</c>)
/// without touching memory when it does not fit or the address is negative.
/// </remarks>
public sealed class Memory : Extern
{
    internal Memory(LinearMemory memory) => Storage = memory;

    /// <summary>
    /// Creates a memory of <paramref name="type"/>'s minimum size in <paramref name="store"/>
    /// (<c>Memory::new</c>), subject to the store's resource limiter.
    /// </summary>
    /// <exception cref="WasmResourceLimitException">The store's limits deny the memory.</exception>
    /// <exception cref="WasmOutOfMemoryException">The memory's address space or pages cannot be obtained.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is shared: use <see cref="SharedMemory"/>.</exception>
    /// <exception cref="PoolConcurrencyLimitException">The engine's pool has no memory slot left.</exception>
    /// <exception cref="WasmImplementationLimitException">The minimum exceeds the pool's <see cref="PoolingAllocationConfig.MaxMemorySize"/>.</exception>
    public Memory(Store store, MemoryType type)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (type.Shared)
        {
            throw new ArgumentException("shared memories must be created through `SharedMemory`", nameof(type));
        }

        StoreContext context = store.Context;
        int max = context.Limiter?.Memories ?? ResourceLimiter.DefaultCountLimit;
        if (context.MemoryCount + 1 > max)
        {
            throw new WasmResourceLimitException($"resource limit exceeded: memory count too high at {context.MemoryCount + 1}");
        }

        ModuleInstantiator.CheckInitialMemory(context, type);
        context.Pool?.ValidateMemory(type, 0);
        Storage = new LinearMemory(type, context, context.Pool, null);
        context.Own(Storage);
        context.MemoryCount++;
        context.Inventory?.Add(this);
    }

    /// <summary>The memory compiled code uses.</summary>
    internal LinearMemory Storage { get; }

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Memory;

    /// <inheritdoc/>
    internal override StoreContext? Owner => Storage.Store;

    /// <summary>The memory's type with its current size as minimum (<c>Memory::ty</c>).</summary>
    public new MemoryType Ty(Store store)
    {
        Check(store);
        return CurrentType();
    }

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromMemory(CurrentType());

    /// <summary>The size in pages (<c>Memory::size</c>).</summary>
    public ulong Size(Store store)
    {
        Check(store);
        return Storage.Pages;
    }

    /// <summary>The size in bytes (<c>Memory::data_size</c>).</summary>
    public ulong DataSize(Store store)
    {
        Check(store);
        return Storage.Length;
    }

    /// <summary>
    /// The memory's bytes (<c>Memory::data_mut</c>); valid until the memory grows. Memories over
    /// 2 GiB expose their first <see cref="int.MaxValue"/> bytes; use <see cref="GetSpan"/>, <see cref="Read(Store, long, Span{byte})"/> and
    /// <see cref="Write(Store, long, ReadOnlySpan{byte})"/> beyond.
    /// </summary>
    public Span<byte> Span(Store store)
    {
        Check(store);
        return Storage.Span;
    }

    /// <summary>
    /// Grows the memory by <paramref name="deltaPages"/> pages and returns the old size in pages
    /// (<c>Memory::grow</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The maximum, the resource limiter or the OS refused.</exception>
    public ulong Grow(Store store, ulong deltaPages)
    {
        Check(store);
        long old = Storage.Grow(deltaPages);
        if (old < 0)
        {
            throw new InvalidOperationException($"failed to grow memory by `{deltaPages}`");
        }

        return (ulong)old;
    }

    /// <summary>Copies bytes at <paramref name="offset"/> into <paramref name="buffer"/> (<c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void Read(Store store, ulong offset, Span<byte> buffer)
    {
        Check(store);
        MemoryAccess.Read(Storage, MemoryAccess.ToAddress(Storage, offset, buffer.Length), buffer);
    }

    /// <summary>Copies <paramref name="data"/> to <paramref name="offset"/> (<c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void Write(Store store, ulong offset, ReadOnlySpan<byte> data)
    {
        Check(store);
        MemoryAccess.Write(Storage, MemoryAccess.ToAddress(Storage, offset, data.Length), data);
    }

    /// <summary>A view of <paramref name="length"/> bytes at <paramref name="address"/> (a slice of <c>Memory::data_mut</c>; wasmtime-dotnet's <c>Memory.GetSpan</c>). Valid until the memory grows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public Span<byte> GetSpan(Store store, long address, int length)
    {
        Check(store);
        return MemoryAccess.GetSpan(Storage, address, length);
    }

    /// <summary>Copies bytes at <paramref name="address"/> into <paramref name="buffer"/> (<c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void Read(Store store, long address, Span<byte> buffer)
    {
        Check(store);
        MemoryAccess.Read(Storage, address, buffer);
    }

    /// <summary>Copies <paramref name="data"/> to <paramref name="address"/> (<c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void Write(Store store, long address, ReadOnlySpan<byte> data)
    {
        Check(store);
        MemoryAccess.Write(Storage, address, data);
    }

    /// <summary>Reads the 8-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadByte</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public byte ReadByte(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadByte(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the 8-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteByte</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteByte(Store store, long address, byte value)
    {
        Check(store);
        MemoryAccess.WriteByte(Storage, address, value);
    }

    /// <summary>Reads the little-endian 16-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadInt16</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public short ReadInt16(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadInt16(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 16-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteInt16</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteInt16(Store store, long address, short value)
    {
        Check(store);
        MemoryAccess.WriteInt16(Storage, address, value);
    }

    /// <summary>Reads the little-endian 32-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadInt32</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public int ReadInt32(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadInt32(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 32-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteInt32</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteInt32(Store store, long address, int value)
    {
        Check(store);
        MemoryAccess.WriteInt32(Storage, address, value);
    }

    /// <summary>Reads the little-endian 64-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadInt64</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public long ReadInt64(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadInt64(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 64-bit value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteInt64</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteInt64(Store store, long address, long value)
    {
        Check(store);
        MemoryAccess.WriteInt64(Storage, address, value);
    }

    /// <summary>Reads the little-endian 32-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadSingle</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public float ReadSingle(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadSingle(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 32-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteSingle</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteSingle(Store store, long address, float value)
    {
        Check(store);
        MemoryAccess.WriteSingle(Storage, address, value);
    }

    /// <summary>Reads the little-endian 64-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.ReadDouble</c>, over <c>Memory::read</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public double ReadDouble(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadDouble(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as the little-endian 64-bit float value at <paramref name="address"/> (wasmtime-dotnet's <c>Memory.WriteDouble</c>, over <c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public void WriteDouble(Store store, long address, double value)
    {
        Check(store);
        MemoryAccess.WriteDouble(Storage, address, value);
    }

    /// <summary>Decodes <paramref name="length"/> bytes at <paramref name="address"/> as UTF-8 (wasmtime-dotnet's <c>Memory.ReadString</c>); invalid sequences become U+FFFD.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public string ReadString(Store store, long address, int length)
    {
        Check(store);
        return MemoryAccess.ReadString(Storage, address, length);
    }

    /// <summary>
    /// Decodes the UTF-8 bytes from <paramref name="address"/> up to the first NUL byte (wasmtime-dotnet's
    /// <c>Memory.ReadNullTerminatedString</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The address is out of bounds, or no NUL byte follows it before the end of the memory.</exception>
    public string ReadNullTerminatedString(Store store, long address)
    {
        Check(store);
        return MemoryAccess.ReadNullTerminatedString(Storage, address);
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8, without a terminator, at <paramref name="address"/> and returns the number of bytes written (wasmtime-dotnet's <c>Memory.WriteString</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds (see the class remarks).</exception>
    public int WriteString(Store store, long address, string value)
    {
        Check(store);
        return MemoryAccess.WriteString(Storage, address, value);
    }
    private MemoryType CurrentType() => Storage.Type with { Limits = Storage.Type.Limits with { Minimum = Storage.Pages } };

    private void Check(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Storage.Store is StoreContext owner)
        {
            store.Check(owner);
        }
    }
}
