using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Table instructions (spec valid/instructions.rst "Table Instructions"), with table64.</summary>
internal sealed partial class FunctionValidator
{
    private TableType TableAt(int index) => _module.Tables[index].Type;

    /// <summary><c>table.get x</c>: [at] -> [t].</summary>
    private void ValidateTableGet(uint index)
    {
        TableType table = TableAt(TableIndex(index));
        Pop(table.AddressType);
        Push(table.Element);
    }

    /// <summary><c>table.set x</c>: [at t] -> [].</summary>
    private void ValidateTableSet(uint index)
    {
        TableType table = TableAt(TableIndex(index));
        Pop(table.Element);
        Pop(table.AddressType);
    }

    /// <summary><c>table.init e x</c>: the segment's element type must match the table's; [at i32 i32] -> [].</summary>
    private void ValidateTableInit(uint index, uint index2)
    {
        TableType table = TableAt(TableIndex(index2));
        int segment = CheckElemIndex(index);
        if (!_types.IsSubtype(_module.Elements[segment].ElementType, table.Element))
        {
            FailTypeMismatch();
        }

        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(table.AddressType);
    }

    /// <summary><c>table.copy x y</c>: elements of y must match x's; the length uses the narrower index type.</summary>
    private void ValidateTableCopy(uint index, uint index2)
    {
        TableType destination = TableAt(TableIndex(index));
        TableType source = TableAt(TableIndex(index2));
        if (!_types.IsSubtype(source.Element, destination.Element))
        {
            FailTypeMismatch();
        }

        Pop(destination.Is64 && source.Is64 ? ValType.I64 : ValType.I32);
        Pop(source.AddressType);
        Pop(destination.AddressType);
    }

    /// <summary><c>table.grow x</c>: [t at] -> [at].</summary>
    private void ValidateTableGrow(uint index)
    {
        TableType table = TableAt(TableIndex(index));
        Pop(table.AddressType);
        Pop(table.Element);
        Push(table.AddressType);
    }

    /// <summary><c>table.size x</c>: [] -> [at].</summary>
    private void ValidateTableSize(uint index)
    {
        Push(TableAt(TableIndex(index)).AddressType);
    }

    /// <summary><c>table.fill x</c>: [at t at] -> [].</summary>
    private void ValidateTableFill(uint index)
    {
        TableType table = TableAt(TableIndex(index));
        Pop(table.AddressType);
        Pop(table.Element);
        Pop(table.AddressType);
    }
}
