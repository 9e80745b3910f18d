namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>The size facts the report gives per module: bytes and defined functions, read from the function section.</summary>
internal static class ModuleShape
{
    private const byte FunctionSectionId = 3;

    /// <summary>The number of functions the module defines (imports not counted), or -1 if the file is not a binary module.</summary>
    public static int DefinedFunctions(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 4).SequenceEqual("\0asm"u8))
        {
            return -1;
        }

        int offset = 8;
        while (offset < bytes.Length)
        {
            byte id = bytes[offset++];
            int size = (int)Leb128(bytes, ref offset);
            if (id == FunctionSectionId)
            {
                return (int)Leb128(bytes, ref offset);
            }

            offset += size;
        }

        return 0;
    }

    private static uint Leb128(byte[] bytes, ref int offset)
    {
        uint value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = bytes[offset++];
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
