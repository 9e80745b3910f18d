namespace WasmSharp.Tests.Binary;

/// <summary>Builds binary modules byte by byte for decoder tests.</summary>
internal static class WasmBuilder
{
    public static readonly byte[] Header = { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };

    /// <summary>The header followed by the given raw byte chunks.</summary>
    public static byte[] Module(params byte[][] parts) => Concat(new[] { Header }.Concat(parts).ToArray());

    /// <summary>A section: id, u32 size, content.</summary>
    public static byte[] Section(byte id, params byte[][] content)
    {
        byte[] body = Concat(content);
        return Concat(new[] { id }, U32((uint)body.Length), body);
    }

    /// <summary>A vector: u32 count then the items.</summary>
    public static byte[] Vec(params byte[][] items) => Concat(new[] { U32((uint)items.Length) }.Concat(items).ToArray());

    /// <summary>A name: u32 length then the UTF-8 bytes.</summary>
    public static byte[] Name(string s)
    {
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(s);
        return Concat(U32((uint)utf8.Length), utf8);
    }

    /// <summary>Minimal unsigned LEB128.</summary>
    public static byte[] U32(uint value) => U64(value);

    /// <summary>Minimal unsigned LEB128.</summary>
    public static byte[] U64(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            if (value != 0)
            {
                b |= 0x80;
            }

            bytes.Add(b);
        }
        while (value != 0);
        return bytes.ToArray();
    }

    public static byte[] B(params byte[] bytes) => bytes;

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);
}
