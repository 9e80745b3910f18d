using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Decodes value, heap and reference types that appear as instruction immediates (spec
/// binary/types.rst), checking concrete type indices against the module's type count.
/// </summary>
internal static class ImmediateTypeReader
{
    /// <summary>Decodes the abstract heap type encoded by the single byte <paramref name="b"/>, or returns false.</summary>
    public static bool TryAbstractHeap(byte b, out AbstractHeapType heap)
    {
        switch (b)
        {
            case 0x70: heap = AbstractHeapType.Func; return true;
            case 0x73: heap = AbstractHeapType.NoFunc; return true;
            case 0x6F: heap = AbstractHeapType.Extern; return true;
            case 0x72: heap = AbstractHeapType.NoExtern; return true;
            case 0x6E: heap = AbstractHeapType.Any; return true;
            case 0x6D: heap = AbstractHeapType.Eq; return true;
            case 0x6C: heap = AbstractHeapType.I31; return true;
            case 0x6B: heap = AbstractHeapType.Struct; return true;
            case 0x6A: heap = AbstractHeapType.Array; return true;
            case 0x71: heap = AbstractHeapType.None; return true;
            case 0x69: heap = AbstractHeapType.Exn; return true;
            case 0x74: heap = AbstractHeapType.NoExn; return true;
            default: heap = default; return false;
        }
    }

    /// <summary>Reads a heap type (spec "Heap Types": an abstract type byte or an s33 type index).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeCount">Number of types; larger indices are "unknown type".</param>
    /// <param name="functionIndex">For error messages, the function being validated.</param>
    public static HeapType ReadHeapType(ref WasmReader reader, int typeCount, int? functionIndex)
    {
        int start = reader.Offset;
        long value = reader.ReadVarInt33();
        if (value < 0)
        {
            if (value >= -64 && TryAbstractHeap((byte)(value & 0x7F), out AbstractHeapType heap))
            {
                return HeapType.FromAbstract(heap);
            }

            throw new WasmFormatException("malformed heap type", start);
        }

        if (value >= typeCount)
        {
            throw new WasmValidationException($"unknown type {value}", start, functionIndex);
        }

        return HeapType.FromIndex((int)value);
    }

    /// <summary>Completes a value type whose first (signed, single-byte) code has been read as <paramref name="code"/>.</summary>
    /// <param name="code">The byte's value as a negative s33 (e.g. -1 for 0x7F), or the raw byte.</param>
    /// <param name="reader">The reader, positioned after the code.</param>
    /// <param name="typeCount">Number of types.</param>
    /// <param name="functionIndex">For error messages.</param>
    /// <param name="start">Offset of the code byte.</param>
    /// <param name="type">The decoded type.</param>
    /// <returns>False if the byte does not start a value type.</returns>
    public static bool TryFinishValType(byte code, ref WasmReader reader, int typeCount, int? functionIndex, int start, out ValType type)
    {
        switch (code)
        {
            case 0x7F: type = ValType.I32; return true;
            case 0x7E: type = ValType.I64; return true;
            case 0x7D: type = ValType.F32; return true;
            case 0x7C: type = ValType.F64; return true;
            case 0x7B: type = ValType.V128; return true;
            case 0x64:
                type = ValType.Ref(ReadHeapType(ref reader, typeCount, functionIndex), nullable: false);
                return true;
            case 0x63:
                type = ValType.Ref(ReadHeapType(ref reader, typeCount, functionIndex), nullable: true);
                return true;
            default:
                if (TryAbstractHeap(code, out AbstractHeapType heap))
                {
                    type = ValType.Ref(heap, nullable: true);
                    return true;
                }

                type = default;
                return false;
        }
    }

    /// <summary>Reads a value type (spec "Value Types").</summary>
    public static ValType ReadValType(ref WasmReader reader, int typeCount, int? functionIndex)
    {
        int start = reader.Offset;
        byte code = reader.ReadByte();
        if (!TryFinishValType(code, ref reader, typeCount, functionIndex, start, out ValType type))
        {
            throw new WasmFormatException("malformed value type", start);
        }

        return type;
    }
}
