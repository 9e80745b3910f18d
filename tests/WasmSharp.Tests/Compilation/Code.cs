namespace WasmSharp.Tests.Compilation;

/// <summary>A tiny assembler for function bodies and constant expressions in tests.</summary>
public sealed class Code
{
    private readonly List<byte> _bytes = new();

    public byte[] ToArray() => _bytes.ToArray();

    public Code Op(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public Code U32(uint value)
    {
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            _bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        }
        while (value != 0);
        return this;
    }

    public Code S64(long value)
    {
        while (true)
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            _bytes.Add(done ? b : (byte)(b | 0x80));
            if (done)
            {
                return this;
            }
        }
    }

    public Code I32Const(int value) => Op(0x41).S64(value);
    public Code I64Const(long value) => Op(0x42).S64(value);
    public Code F32Const(float value) => F32Bits(BitConverter.SingleToUInt32Bits(value));
    public Code F32Bits(uint bits) => Op(0x43).Op(BitConverter.GetBytes(bits));
    public Code F64Const(double value) => F64Bits(BitConverter.DoubleToUInt64Bits(value));
    public Code F64Bits(ulong bits) => Op(0x44).Op(BitConverter.GetBytes(bits));
    public Code LocalGet(int index) => Op(0x20).U32((uint)index);
    public Code LocalSet(int index) => Op(0x21).U32((uint)index);
    public Code LocalTee(int index) => Op(0x22).U32((uint)index);
    public Code GlobalGet(int index) => Op(0x23).U32((uint)index);
    public Code GlobalSet(int index) => Op(0x24).U32((uint)index);
    public Code Call(int index) => Op(0x10).U32((uint)index);
    public Code CallIndirect(int type, int table = 0) => Op(0x11).U32((uint)type).U32((uint)table);
    public Code Br(int depth) => Op(0x0C).U32((uint)depth);
    public Code BrIf(int depth) => Op(0x0D).U32((uint)depth);
    public Code BrTable(int[] depths, int fallback)
    {
        Op(0x0E).U32((uint)depths.Length);
        foreach (int d in depths)
        {
            U32((uint)d);
        }

        return U32((uint)fallback);
    }

    /// <summary>block/loop/if with an empty (0x40), single value type byte, or type index block type.</summary>
    public Code Block(byte blockType = 0x40) => Op(0x02, blockType);
    public Code BlockT(int typeIndex) => Op(0x02).S64(typeIndex);
    public Code Loop(byte blockType = 0x40) => Op(0x03, blockType);
    public Code If(byte blockType = 0x40) => Op(0x04, blockType);
    public Code IfT(int typeIndex) => Op(0x04).S64(typeIndex);
    public Code Else() => Op(0x05);
    public Code End() => Op(0x0B);
    public Code Return() => Op(0x0F);
    public Code Drop() => Op(0x1A);
    public Code Select() => Op(0x1B);
    public Code Unreachable() => Op(0x00);
    public Code Nop() => Op(0x01);

    /// <summary>A load or store with natural alignment log2 <paramref name="align"/> and <paramref name="offset"/>.</summary>
    public Code Mem(byte op, uint align, uint offset) => Op(op).U32(align).U32(offset);
    public Code MemorySize() => Op(0x3F, 0x00);
    public Code MemoryGrow() => Op(0x40, 0x00);
    public Code Prefixed(uint sub, params uint[] immediates)
    {
        Op(0xFC).U32(sub);
        foreach (uint i in immediates)
        {
            U32(i);
        }

        return this;
    }
}
