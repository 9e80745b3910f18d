namespace WasmSharp.Text.Binary;

/// <summary>A growable byte buffer with the binary format's primitive encodings (binary spec 5.2 "Values").</summary>
internal sealed class WasmWriter
{
    private byte[] _buf = new byte[64];

    public int Length { get; private set; }

    public void Byte(byte b)
    {
        if (Length == _buf.Length)
        {
            Array.Resize(ref _buf, _buf.Length * 2);
        }

        _buf[Length++] = b;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            Byte(b);
        }
    }

    public void Bytes(WasmWriter other) => Bytes(other.AsSpan());

    public ReadOnlySpan<byte> AsSpan() => _buf.AsSpan(0, Length);

    public byte[] ToArray() => AsSpan().ToArray();

    /// <summary>Unsigned LEB128 (binary spec 5.2.2 "Integers").</summary>
    public void U64(ulong v)
    {
        do
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            if (v != 0)
            {
                b |= 0x80;
            }

            Byte(b);
        }
        while (v != 0);
    }

    public void U32(uint v) => U64(v);

    /// <summary>Signed LEB128 (binary spec 5.2.2 "Integers").</summary>
    public void S64(long v)
    {
        while (true)
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            bool done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            if (done)
            {
                Byte(b);
                return;
            }

            Byte((byte)(b | 0x80));
        }
    }

    public void S32(int v) => S64(v);

    /// <summary>A name or byte vector: length then bytes (binary spec 5.2.4 "Names").</summary>
    public void Vec(ReadOnlySpan<byte> bytes)
    {
        U32((uint)bytes.Length);
        Bytes(bytes);
    }

    public void Name(string s) => Vec(System.Text.Encoding.UTF8.GetBytes(s));

    public void Fixed32(uint v)
    {
        for (int i = 0; i < 4; i++)
        {
            Byte((byte)(v >> (8 * i)));
        }
    }

    public void Fixed64(ulong v)
    {
        for (int i = 0; i < 8; i++)
        {
            Byte((byte)(v >> (8 * i)));
        }
    }
}
