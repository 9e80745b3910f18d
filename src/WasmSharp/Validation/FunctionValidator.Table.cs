using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Table instructions (spec valid/instructions.rst "Table Instructions"), with table64.</summary>
internal sealed partial class FunctionValidator
{
    private TableType TableAt(int index) => _module.Tables[index].Type;

    /// <summary><c>table.get x</c>: [at] -> [t].</summary>
    private void ValidateTableGet(ref WasmReader r)
    {
        TableType table = TableAt(ReadTableIndex(ref r));
        Pop(table.AddressType);
        Push(table.Element);
    }

    /// <summary><c>table.set x</c>: [at t] -> [].</summary>
    private void ValidateTableSet(ref WasmReader r)
    {
        TableType table = TableAt(ReadTableIndex(ref r));
        Pop(table.Element);
        Pop(table.AddressType);
    }

    /// <summary><c>table.init e x</c>: the segment's element type must match the table's; [at i32 i32] -> [].</summary>
    private void ValidateTableInit(ref WasmReader r)
    {
        uint elem = r.ReadVarUInt32();
        TableType table = TableAt(ReadTableIndex(ref r));
        int segment = CheckElemIndex(elem);
        if (!_types.IsSubtype(_module.Elements[segment].ElementType, table.Element))
        {
            FailTypeMismatch();
        }

        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(table.AddressType);
    }

    /// <summary><c>table.copy x y</c>: elements of y must match x's; the length uses the narrower index type.</summary>
    private void ValidateTableCopy(ref WasmReader r)
    {
        TableType destination = TableAt(ReadTableIndex(ref r));
        TableType source = TableAt(ReadTableIndex(ref r));
        if (!_types.IsSubtype(source.Element, destination.Element))
        {
            FailTypeMismatch();
        }

        Pop(destination.Is64 && source.Is64 ? ValType.I64 : ValType.I32);
        Pop(source.AddressType);
        Pop(destination.AddressType);
    }

    /// <summary><c>table.grow x</c>: [t at] -> [at].</summary>
    private void ValidateTableGrow(ref WasmReader r)
    {
        TableType table = TableAt(ReadTableIndex(ref r));
        Pop(table.AddressType);
        Pop(table.Element);
        Push(table.AddressType);
    }

    /// <summary><c>table.size x</c>: [] -> [at].</summary>
    private void ValidateTableSize(ref WasmReader r)
    {
        Push(TableAt(ReadTableIndex(ref r)).AddressType);
    }

    /// <summary><c>table.fill x</c>: [at t at] -> [].</summary>
    private void ValidateTableFill(ref WasmReader r)
    {
        TableType table = TableAt(ReadTableIndex(ref r));
        Pop(table.AddressType);
        Pop(table.Element);
        Pop(table.AddressType);
    }
}
