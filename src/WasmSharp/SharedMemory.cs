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
    /// <exception cref="OutOfMemoryException">The maximum cannot be reserved.</exception>
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
}
