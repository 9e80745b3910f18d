using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>
/// Decodes the type encodings shared by several sections (spec "Types" of the binary format): value,
/// reference and heap types, limits, and table, memory, global and tag types.
/// </summary>
internal static class TypeReader
{
    /// <summary>Reads a value type (spec valtype); an unknown code is "malformed value type".</summary>
    public static ValType ReadValType(ref WasmReader reader) => ReadValType(ref reader, "malformed value type");

    /// <summary>Reads a reference type (spec reftype); anything else is "malformed reference type".</summary>
    public static ValType ReadRefType(ref WasmReader reader)
    {
        int start = reader.Offset;
        byte code = reader.ReadByte();
        if (TryDecodeRefType(ref reader, code, out ValType type))
        {
            return type;
        }

        WasmReader.Fail("malformed reference type", start);
        return default;
    }

    /// <summary>Reads a value type, reporting an unknown code with <paramref name="error"/>.</summary>
    public static ValType ReadValType(ref WasmReader reader, string error)
    {
        int start = reader.Offset;
        byte code = reader.ReadByte();
        switch (code)
        {
            case 0x7F:
                return ValType.I32;
            case 0x7E:
                return ValType.I64;
            case 0x7D:
                return ValType.F32;
            case 0x7C:
                return ValType.F64;
            case 0x7B:
                return ValType.V128;
        }

        if (TryDecodeRefType(ref reader, code, out ValType type))
        {
            return type;
        }

        WasmReader.Fail(error, start);
        return default;
    }

    /// <summary>Reads a storage type (spec storagetype): a value type or packed i8 (0x78) / i16 (0x77).</summary>
    public static StorageType ReadStorageType(ref WasmReader reader)
    {
        byte code = reader.PeekByte();
        if (code == 0x78)
        {
            reader.ReadByte();
            return new StorageType(PackedType.I8, ValType.I32);
        }

        if (code == 0x77)
        {
            reader.ReadByte();
            return new StorageType(PackedType.I16, ValType.I32);
        }

        return StorageType.Of(ReadValType(ref reader, "malformed storage type"));
    }

    /// <summary>Reads a mutability flag (spec mut): 0x00 const, 0x01 var.</summary>
    public static bool ReadMutability(ref WasmReader reader)
    {
        int start = reader.Offset;
        byte flag = reader.ReadByte();
        if (flag > 1)
        {
            WasmReader.Fail("malformed mutability", start);
        }

        return flag == 1;
    }

    /// <summary>Reads a field type (spec fieldtype): storage type then mutability.</summary>
    public static FieldType ReadFieldType(ref WasmReader reader)
    {
        StorageType storage = ReadStorageType(ref reader);
        return new FieldType(storage, ReadMutability(ref reader));
    }

    /// <summary>Reads a heap type (spec heaptype): an abstract type code or a non-negative s33 type index.</summary>
    public static HeapType ReadHeapType(ref WasmReader reader)
    {
        int start = reader.Offset;
        byte first = reader.PeekByte();
        if (TryAbstractHeapType(first, out AbstractHeapType abs))
        {
            reader.ReadByte();
            return HeapType.FromAbstract(abs);
        }

        long value = reader.ReadVarInt33();
        if (value < 0)
        {
            WasmReader.Fail("malformed heap type", start);
        }

        if (value > int.MaxValue)
        {
            // A type index this large cannot be satisfied by any module; reject it before it reaches an int.
            WasmReader.Fail("integer too large", start);
        }

        return HeapType.FromIndex((int)value);
    }

    /// <summary>Reads a global type (spec globaltype).</summary>
    public static GlobalType ReadGlobalType(ref WasmReader reader)
    {
        ValType type = ReadValType(ref reader);
        return new GlobalType(type, ReadMutability(ref reader));
    }

    /// <summary>
    /// Reads a table type (spec tabletype): reference type then limits. Tables accept the has-max (bit 0)
    /// and 64-bit (bit 2) limit flags only.
    /// </summary>
    public static TableType ReadTableType(ref WasmReader reader)
    {
        ValType element = ReadRefType(ref reader);
        int start = reader.Offset;
        byte flags = reader.ReadByte();
        if ((flags & ~0x05) != 0)
        {
            WasmReader.Fail("malformed limits flags", start);
        }

        Limits limits = ReadLimits(ref reader, (flags & 0x01) != 0);
        return new TableType(element, limits, (flags & 0x04) != 0);
    }

    /// <summary>
    /// Reads a memory type (spec memtype with the threads, memory64 and custom-page-sizes extensions):
    /// a flags byte (bit 0 has-max, bit 1 shared, bit 2 64-bit, bit 3 custom page size), the limits and,
    /// with bit 3, the log2 of the page size. Whether the page size is allowed is the validator's concern.
    /// </summary>
    public static MemoryType ReadMemoryType(ref WasmReader reader, WasmFeatures features)
    {
        int start = reader.Offset;
        byte flags = reader.ReadByte();
        // Bit 3 only exists with custom-page-sizes; without it the byte is a plain Wasm 3.0 limits flag
        // and 0x08 is "malformed limits flags", as core binary.wast expects.
        int allowed = (features & WasmFeatures.CustomPageSizes) != 0 ? 0x0F : 0x07;
        if ((flags & ~allowed) != 0)
        {
            WasmReader.Fail("malformed limits flags", start);
        }

        // Before memory64 the limits are u32 (Wasm 2.0 binary-leb128.wast rejects 6-byte LEBs).
        Limits limits = (features & WasmFeatures.Memory64) != 0
            ? ReadLimits(ref reader, (flags & 0x01) != 0)
            : new Limits(reader.ReadVarUInt32(), (flags & 0x01) != 0 ? reader.ReadVarUInt32() : null);
        int pageSizeLog2 = 16;
        if ((flags & 0x08) != 0)
        {
            pageSizeLog2 = reader.ReadCount();
        }

        return new MemoryType(limits, Is64: (flags & 0x04) != 0, Shared: (flags & 0x02) != 0, pageSizeLog2);
    }

    /// <summary>Reads a tag type (spec tagtype): a zero attribute byte and a type index.</summary>
    public static TagType ReadTagType(ref WasmReader reader)
    {
        int start = reader.Offset;
        byte attribute = reader.ReadByte();
        if (attribute != 0)
        {
            // Wasm 3.0 defines only the exception attribute 0; the reference interpreter reads it as a zero byte.
            WasmReader.Fail("malformed tag attribute", start);
        }

        return new TagType(reader.ReadCount());
    }

    /// <summary>Reads the minimum (and maximum) of limits; both are u64 in Wasm 3.0 and are range-checked by validation.</summary>
    private static Limits ReadLimits(ref WasmReader reader, bool hasMaximum)
    {
        ulong minimum = reader.ReadVarUInt64();
        ulong? maximum = hasMaximum ? reader.ReadVarUInt64() : null;
        return new Limits(minimum, maximum);
    }

    /// <summary>Decodes the reference type whose first byte <paramref name="code"/> was already read.</summary>
    private static bool TryDecodeRefType(ref WasmReader reader, byte code, out ValType type)
    {
        if (code == 0x63 || code == 0x64)
        {
            HeapType heap = ReadHeapType(ref reader);
            type = ValType.Ref(heap, nullable: code == 0x63);
            return true;
        }

        if (TryAbstractHeapType(code, out AbstractHeapType abs))
        {
            // The one-byte shorthands funcref, externref, ... stand for (ref null ht).
            type = ValType.Ref(abs, nullable: true);
            return true;
        }

        type = default;
        return false;
    }

    /// <summary>Maps the one-byte abstract heap type codes (spec absheaptype).</summary>
    private static bool TryAbstractHeapType(byte code, out AbstractHeapType type)
    {
        switch (code)
        {
            case 0x70: type = AbstractHeapType.Func; return true;
            case 0x6F: type = AbstractHeapType.Extern; return true;
            case 0x6E: type = AbstractHeapType.Any; return true;
            case 0x6D: type = AbstractHeapType.Eq; return true;
            case 0x6C: type = AbstractHeapType.I31; return true;
            case 0x6B: type = AbstractHeapType.Struct; return true;
            case 0x6A: type = AbstractHeapType.Array; return true;
            case 0x69: type = AbstractHeapType.Exn; return true;
            case 0x73: type = AbstractHeapType.NoFunc; return true;
            case 0x72: type = AbstractHeapType.NoExtern; return true;
            case 0x71: type = AbstractHeapType.None; return true;
            case 0x74: type = AbstractHeapType.NoExn; return true;
            default: type = default; return false;
        }
    }
}
