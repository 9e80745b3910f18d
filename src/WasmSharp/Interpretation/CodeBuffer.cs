namespace WasmSharp.Interpretation;

/// <summary>The growing code of one function during translation.</summary>
internal sealed class CodeBuffer
{
    private int[] _code = new int[64];

    /// <summary>The number of ints written: the position of the next one.</summary>
    public int Length { get; private set; }

    /// <summary>The int at <paramref name="position"/>, for patching jump targets and retargeting results.</summary>
    public ref int this[int position] => ref _code[position];

    /// <summary>Appends <paramref name="value"/> and returns its position.</summary>
    public int Add(int value)
    {
        if (Length == _code.Length)
        {
            Array.Resize(ref _code, _code.Length * 2);
        }

        _code[Length] = value;
        return Length++;
    }

    /// <summary>Appends a 64-bit immediate as two ints, low first.</summary>
    public void Add64(ulong value)
    {
        Add((int)(uint)value);
        Add((int)(uint)(value >> 32));
    }

    /// <summary>Drops the ints from <paramref name="length"/> on (a peephole replaces the last instruction).</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>The finished code, trimmed to its length.</summary>
    public int[] ToArray() => _code.AsSpan(0, Length).ToArray();
}
