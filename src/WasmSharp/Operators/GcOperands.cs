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
    public static void Skip(ref WasmReader reader) =>
        OperatorReader.Validated.SkipImmediates(OperatorTable.Decode(0xFB, reader.ReadVarUInt32()), ref reader);

    /// <summary>Reads a heap type immediate (validated: an abstract type byte or a type index).</summary>
    public static HeapType ReadHeapType(ref WasmReader reader) => OperatorReader.Validated.ReadHeapType(ref reader);

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
