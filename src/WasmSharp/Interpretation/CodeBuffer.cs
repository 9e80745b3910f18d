using System.Runtime.CompilerServices;

namespace WasmSharp.Interpretation;

/// <summary>The growing code of one function during translation.</summary>
internal sealed class CodeBuffer
{
    // The array of the last buffer finished on this thread, for the next translation to start with:
    // growing a fresh array by doubling for every function (and zeroing each) was a tenth of the
    // translation time. Taken by the constructor, so a nested translation would start afresh.
    [ThreadStatic]
    private static int[]? t_spare;

    // A thread keeps at most this many ints (256 KiB) for reuse, not the buffer of its largest function.
    private const int MaxSpareLength = 1 << 16;

    private int[] _code;

    /// <summary>An empty buffer, reusing the array of the last one finished on this thread when there is one.</summary>
    public CodeBuffer()
    {
        _code = t_spare ?? new int[256];
        t_spare = null;
    }

    /// <summary>The number of ints written: the position of the next one.</summary>
    public int Length { get; private set; }

    /// <summary>The int at <paramref name="position"/>, for patching jump targets and retargeting results.</summary>
    public ref int this[int position] => ref _code[position];

    /// <summary>The code written so far, as a view valid until the next <see cref="Add"/>.</summary>
    public Span<int> Written => _code.AsSpan(0, Length);

    /// <summary>Appends <paramref name="value"/> and returns its position.</summary>
    /// <remarks>Inlined at every emitting site: a bounds check and a store; growing is out of line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(int value)
    {
        int length = Length;
        int[] code = _code;
        if ((uint)length < (uint)code.Length)
        {
            code[length] = value;
            Length = length + 1;
            return length;
        }

        return AddGrowing(value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AddGrowing(int value)
    {
        Array.Resize(ref _code, _code.Length * 2);
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

    /// <summary>
    /// The finished code, trimmed to its length. The buffer must not be used after: its array goes
    /// to the next buffer created on this thread.
    /// </summary>
    public int[] Finish()
    {
        int[] code = GC.AllocateUninitializedArray<int>(Length);
        _code.AsSpan(0, Length).CopyTo(code);
        if (_code.Length <= MaxSpareLength)
        {
            t_spare = _code;
        }

        return code;
    }
}
