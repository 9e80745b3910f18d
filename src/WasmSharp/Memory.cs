using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A linear memory in a store (spec 4.2.8 "Memory Instances"); mirrors <c>wasmtime::Memory</c>.
/// The bytes are unmanaged and zero-initialised; <see cref="Span"/> views them until the next grow.
/// </summary>
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
        Storage = new LinearMemory(type, context);
        context.Own(Storage);
        context.MemoryCount++;
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
    /// 2 GiB expose their first <see cref="int.MaxValue"/> bytes; use <see cref="Read"/> and
    /// <see cref="Write"/> beyond.
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
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds.</exception>
    public unsafe void Read(Store store, ulong offset, Span<byte> buffer)
    {
        Check(store);
        if (!Storage.InBounds(offset, (ulong)buffer.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "out of bounds memory access");
        }

        new ReadOnlySpan<byte>(Storage.Base + offset, buffer.Length).CopyTo(buffer);
    }

    /// <summary>Copies <paramref name="data"/> to <paramref name="offset"/> (<c>Memory::write</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds.</exception>
    public unsafe void Write(Store store, ulong offset, ReadOnlySpan<byte> data)
    {
        Check(store);
        if (!Storage.InBounds(offset, (ulong)data.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "out of bounds memory access");
        }

        data.CopyTo(new Span<byte>(Storage.Base + offset, data.Length));
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
