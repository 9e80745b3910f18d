using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// The first <paramref name="count"/> values of <paramref name="buffer"/>: what the host
    /// trampolines call, a plain method so that emitting the call needs no generic instantiation.
    /// </summary>
    public static Span<ValRaw> First(ref ValRawBuffer buffer, int count) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<ValRawBuffer, ValRaw>(ref buffer), count);
}
