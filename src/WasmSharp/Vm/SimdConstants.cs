using System.Runtime.Intrinsics;

namespace WasmSharp.Vm;

/// <summary>
/// Process-wide table of the <c>v128.const</c> values that compiled code must load opaquely (float
/// lanes equal to NaN, ±0 or ±1, which could let the JIT fold <c>x * 1</c> or <c>x - 0</c> or
/// quiet a signalling NaN lane it extracts through a double constant). Compiled code reads
/// <c>Slots[i]</c>: cheaper than a non-inlined call, and the JIT cannot see through an array
/// element. Values are interned, so the table is bounded by the distinct constants ever compiled.
/// A slot is written once, before its index is handed out, and a full array is replaced by a
/// larger copy, so readers need no lock.
/// </summary>
internal static class SimdConstants
{
    private static readonly Dictionary<(ulong, ulong), int> s_indices = new();
    private static readonly Lock s_lock = new();

#pragma warning disable CA2211 // Mutable on purpose: compiled code loads the current array.
    /// <summary>The interned constants.</summary>
    public static Vector128<byte>[] Slots = new Vector128<byte>[16];
#pragma warning restore CA2211

    private static int s_count;

    /// <summary>The slot holding the constant with bytes <paramref name="low"/> and <paramref name="high"/>.</summary>
    public static int Intern(ulong low, ulong high)
    {
        lock (s_lock)
        {
            if (s_indices.TryGetValue((low, high), out int index))
            {
                return index;
            }

            index = s_count++;
            if (index >= Slots.Length)
            {
                var grown = new Vector128<byte>[Slots.Length * 2];
                Slots.CopyTo(grown, 0);
                grown[index] = Vector128.Create(low, high).AsByte();
                Slots = grown;
            }
            else
            {
                Slots[index] = Vector128.Create(low, high).AsByte();
            }

            s_indices[(low, high)] = index;
            return index;
        }
    }
}
