using System.Buffers.Binary;
using System.Text;
using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

/// <summary>An in-memory guest memory plus helpers to lay out arguments the way a guest would.</summary>
internal sealed class TestMemory : IGuestMemory
{
    private readonly byte[] _bytes = new byte[65536];
    private int _next = 1024;

    public Span<byte> Span => _bytes;

    public int Alloc(int size)
    {
        int at = _next;
        _next += (size + 7) & ~7;
        return at;
    }

    public (int Ptr, int Len) Str(string s)
    {
        byte[] b = Encoding.UTF8.GetBytes(s);
        int p = Alloc(b.Length);
        b.CopyTo(_bytes, p);
        return (p, b.Length);
    }

    /// <summary>One iovec pointing at a fresh buffer (holding <paramref name="data"/> if given).</summary>
    public int Iovec(int len, byte[]? data = null)
    {
        int buf = Alloc(len);
        data?.CopyTo(_bytes, buf);
        int iov = Alloc(8);
        BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(iov), (uint)buf);
        BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(iov + 4), (uint)len);
        return iov;
    }

    public int IovecBuffer(int iov) => (int)U32(iov);

    public uint U32(int p) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(p));

    public ulong U64(int p) => BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(p));

    public ushort U16(int p) => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(p));

    public void SetU32(int p, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(p), v);

    public void SetU64(int p, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(_bytes.AsSpan(p), v);

    public void SetU16(int p, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(p), v);

    public string Text(int p, int len) => Encoding.UTF8.GetString(_bytes, p, len);
}
