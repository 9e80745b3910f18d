using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Reference instructions outside the GC prefix (spec valid/instructions.rst "Reference
/// Instructions"): ref.null, ref.is_null, ref.func, ref.eq, ref.as_non_null, br_on_null, br_on_non_null.
/// </summary>
internal sealed partial class FunctionValidator
{
    /// <summary><c>ref.is_null</c>: any reference.</summary>
    private void ValidateRefIsNull()
    {
        PopRef();
        Push(ValType.I32);
    }

    /// <summary><c>ref.func f</c>: f must be declared outside function bodies (spec valid/modules.rst, C.refs).</summary>
    private void ValidateRefFunc(uint index)
    {
        int function = FunctionIndex(index);
        if (!_declaredFunctions[function])
        {
            Fail("undeclared function reference");
        }

        Push(ValType.Ref(HeapType.FromIndex(_module.FunctionTypes[function]), nullable: false));
    }

    /// <summary><c>ref.eq</c>: [eqref eqref] -> [i32].</summary>
    private void ValidateRefEq()
    {
        ValType eqRef = ValType.Ref(AbstractHeapType.Eq, nullable: true);
        Pop(eqRef);
        Pop(eqRef);
        Push(ValType.I32);
    }

    /// <summary><c>ref.as_non_null</c>.</summary>
    private void ValidateRefAsNonNull()
    {
        ValType type = PopRef();
        Push(type.WithNullable(false));
    }

    /// <summary><c>br_on_null l</c>: branches with the label's operands, continues with the non-null reference.</summary>
    private void ValidateBrOnNull(uint index)
    {
        ValType[] label = Label(index).LabelTypes;
        ValType type = PopRef();
        PopValues(label);
        PushValues(label);
        Push(type.WithNullable(false));
    }

    /// <summary><c>br_on_non_null l</c>: the label's last type receives the non-null reference.</summary>
    private void ValidateBrOnNonNull(uint index)
    {
        ValType[] label = Label(index).LabelTypes;
        if (label.Length == 0)
        {
            FailTypeMismatch();
        }

        ValType type = PopRef();
        Push(type.WithNullable(false));
        PopValues(label);
        PushPrefix(label);
    }

    /// <summary>Pushes all but the last of <paramref name="types"/>.</summary>
    private void PushPrefix(ValType[] types)
    {
        for (int i = 0; i < types.Length - 1; i++)
        {
            Push(types[i]);
        }
    }
}
