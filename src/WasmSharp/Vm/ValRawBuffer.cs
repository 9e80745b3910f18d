using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Stack room for the values of one host call, so the host trampolines allocate nothing
/// (DESIGN.md decision 8). An inline array of references stays visible to the GC, which a raw
/// <c>localloc</c> would not.
/// </summary>
[InlineArray(Capacity)]
internal struct ValRawBuffer
{
    /// <summary>Values a buffer holds; signatures with more use a heap array.</summary>
    public const int Capacity = 16;

    private ValRaw _element0;
}
