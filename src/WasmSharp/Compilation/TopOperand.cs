namespace WasmSharp.Compilation;

/// <summary>
/// Remembers where the previous instruction's result came from, so the next instruction can use
/// it: a constant shift count becomes an immediate, an address read from a local can reuse that
/// local's bounds check. The fact holds only for the very next instruction and only if no IL was
/// emitted in between, so no label can have merged in a value from another path.
/// </summary>
internal sealed class TopOperand
{
    private int _instruction = -1;
    private int _ilOffset;
    private OperandOrigin _origin;
    private int _value;

    /// <summary>Records that instruction <paramref name="instruction"/>, ending at <paramref name="ilOffset"/>, pushed a value of <paramref name="origin"/>.</summary>
    public void Note(int instruction, int ilOffset, OperandOrigin origin, int value)
    {
        _instruction = instruction;
        _ilOffset = ilOffset;
        _origin = origin;
        _value = value;
    }

    /// <summary>Whether instruction <paramref name="instruction"/>, at <paramref name="ilOffset"/>, finds on top a value of <paramref name="origin"/> noted by the instruction before it.</summary>
    public bool TryGet(int instruction, int ilOffset, OperandOrigin origin, out int value)
    {
        value = _value;
        return _instruction == instruction - 1 && _ilOffset == ilOffset && _origin == origin;
    }
}
