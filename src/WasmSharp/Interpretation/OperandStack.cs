using System.Runtime.CompilerServices;

namespace WasmSharp.Interpretation;

/// <summary>
/// The translator's operand stack: where each value of the Wasm operand stack lives (spec
/// "Validation › Instructions" tracks their types; the translator tracks their frame slots). An
/// array and a count rather than a <see cref="List{T}"/>: a push and a pop happen for nearly every
/// instruction, and List's version counter, indexer checks and out-of-line growth were a visible
/// share of translation time.
/// </summary>
internal sealed class OperandStack
{
    private Operand[] _items = new Operand[32];

    /// <summary>The stack height.</summary>
    public int Count { get; private set; }

    /// <summary>The operand at <paramref name="height"/> (0 is the bottom), writable in place.</summary>
    public ref Operand this[int height]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)height >= (uint)Count)
            {
                ThrowOutOfRange(height);
            }

            return ref _items[height];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Operand operand)
    {
        int count = Count;
        Operand[] items = _items;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = operand;
            Count = count + 1;
            return;
        }

        AddGrowing(operand);
    }

    /// <summary>Removes and returns the top operand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Operand Pop()
    {
        int top = Count - 1;
        if (top < 0)
        {
            ThrowOutOfRange(top);
        }

        Count = top;
        return _items[top];
    }

    /// <summary>Appends <paramref name="operands"/> in order.</summary>
    public void AddRange(ReadOnlySpan<Operand> operands)
    {
        foreach (Operand operand in operands)
        {
            Add(operand);
        }
    }

    /// <summary>The operands from <paramref name="first"/> up, as a view valid until the stack changes.</summary>
    public ReadOnlySpan<Operand> From(int first) => _items.AsSpan(first, Count - first);

    /// <summary>Removes <paramref name="count"/> operands from <paramref name="first"/>, moving the ones above down.</summary>
    public void RemoveRange(int first, int count)
    {
        if ((uint)first > (uint)Count || (uint)count > (uint)(Count - first))
        {
            ThrowOutOfRange(first + count);
        }

        Array.Copy(_items, first + count, _items, first, Count - first - count);
        Count -= count;
    }

    /// <summary>Pops operands until the height is <paramref name="height"/>.</summary>
    public void Truncate(int height) => RemoveRange(height, Count - height);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddGrowing(Operand operand)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = operand;
    }

    private static void ThrowOutOfRange(int height) =>
        throw new InvalidOperationException($"operand stack height {height} is out of range (a translator invariant broke)");
}
