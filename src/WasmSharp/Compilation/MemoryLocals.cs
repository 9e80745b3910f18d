using System.Reflection.Emit;

namespace WasmSharp.Compilation;

/// <summary>
/// The IL locals caching one memory in one function: its base address, its length, and one
/// precomputed limit <c>length - extent</c> per distinct access extent (DESIGN.md decision 2).
/// </summary>
internal sealed class MemoryLocals
{
    /// <summary>Creates the locals.</summary>
    public MemoryLocals(LocalBuilder @base, LocalBuilder length)
    {
        Base = @base;
        Length = length;
    }

    /// <summary>The base address (native int).</summary>
    public LocalBuilder Base { get; }

    /// <summary>The length in bytes (long).</summary>
    public LocalBuilder Length { get; }

    /// <summary>Limit local (long) per access extent.</summary>
    public Dictionary<ulong, LocalBuilder> Limits { get; } = new();
}
