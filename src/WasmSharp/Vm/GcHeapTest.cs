namespace WasmSharp.Vm;

/// <summary>
/// What a <c>ref.test</c>/<c>ref.cast</c>/<c>br_on_cast</c> target heap type asks of a non-null
/// reference, decided at compile time so the runtime test is one switch (spec "Reference
/// Instructions" casts; validation guarantees the operand is in the target's hierarchy).
/// </summary>
internal enum GcHeapTest
{
    /// <summary><c>any</c>, <c>func</c>, <c>extern</c>, <c>exn</c>: every non-null reference.</summary>
    Top,
    /// <summary><c>none</c>, <c>nofunc</c>, <c>noextern</c>, <c>noexn</c>: no non-null reference.</summary>
    Bottom,
    /// <summary><c>eq</c>: i31, struct or array.</summary>
    Eq,
    /// <summary><c>i31</c>.</summary>
    I31,
    /// <summary><c>struct</c>.</summary>
    Struct,
    /// <summary><c>array</c>.</summary>
    Array,
    /// <summary>A concrete function type: a function whose canonical type is a subtype.</summary>
    ConcreteFunc,
    /// <summary>A concrete struct type.</summary>
    ConcreteStruct,
    /// <summary>A concrete array type.</summary>
    ConcreteArray,
}
