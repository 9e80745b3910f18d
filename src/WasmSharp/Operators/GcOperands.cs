using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Validation;
using WasmSharp.Vm;

namespace WasmSharp.Operators;

/// <summary>
/// Immediates of the 0xFB (GC) instructions in validated code (spec binary/instructions.rst
/// "Aggregate Reference Instructions", casts): skipping them for pre-passes and dead code, and
/// reading heap types into the runtime test that implements them.
/// </summary>
internal static class GcOperands
{
    /// <summary>Skips the sub-opcode and immediates of a 0xFB instruction (the prefix already read).</summary>
    public static void Skip(ref WasmReader reader)
    {
        uint sub = reader.ReadVarUInt32();
        switch (sub)
        {
            case 2:
            case 3:
            case 4:
            case 5:
            case 8:
            case 9:
            case 10:
            case 17:
            case 18:
            case 19:
                reader.ReadVarUInt32();
                reader.ReadVarUInt32();
                break;
            case 0:
            case 1:
            case 6:
            case 7:
            case 11:
            case 12:
            case 13:
            case 14:
            case 16:
                reader.ReadVarUInt32();
                break;
            case >= 20 and <= 23:
                reader.ReadVarInt33();
                break;
            case 24:
            case 25:
                reader.ReadByte();
                reader.ReadVarUInt32();
                reader.ReadVarInt33();
                reader.ReadVarInt33();
                break;
            default:
                // 15 (array.len) and 26-30 (conversions, i31) have no immediates.
                break;
        }
    }

    /// <summary>Reads a heap type immediate (validated: an abstract type byte or a type index).</summary>
    public static HeapType ReadHeapType(ref WasmReader reader)
    {
        long value = reader.ReadVarInt33();
        if (value >= 0)
        {
            return HeapType.FromIndex((int)value);
        }

        return ImmediateTypeReader.TryAbstractHeap((byte)(value & 0x7F), out AbstractHeapType heap)
            ? HeapType.FromAbstract(heap)
            : throw new InvalidOperationException("malformed heap type in validated code");
    }

    /// <summary>The runtime test for target heap type <paramref name="heap"/>, with the canonical id it compares against.</summary>
    public static (GcHeapTest Test, int TypeId) TestFor(HeapType heap, ModuleInfo module, int[] typeIds)
    {
        if (heap.IsConcrete)
        {
            int typeId = typeIds[heap.TypeIndex];
            return module.Types[heap.TypeIndex].Composite.Kind switch
            {
                CompositeKind.Struct => (GcHeapTest.ConcreteStruct, typeId),
                CompositeKind.Array => (GcHeapTest.ConcreteArray, typeId),
                _ => (GcHeapTest.ConcreteFunc, typeId),
            };
        }

        GcHeapTest test = heap.Abstract switch
        {
            AbstractHeapType.Eq => GcHeapTest.Eq,
            AbstractHeapType.I31 => GcHeapTest.I31,
            AbstractHeapType.Struct => GcHeapTest.Struct,
            AbstractHeapType.Array => GcHeapTest.Array,
            AbstractHeapType.None or AbstractHeapType.NoFunc or AbstractHeapType.NoExtern or AbstractHeapType.NoExn => GcHeapTest.Bottom,
            _ => GcHeapTest.Top,
        };
        return (test, -1);
    }
}
