namespace WasmSharp;

/// <summary>How one element of a typed tuple is stored, as far as copying it to and from a <c>ValRaw</c> goes.</summary>
internal enum TupleElementKind : byte
{
    /// <summary>int, uint or float: four bytes, zero-extended into <c>ValRaw.Bits</c>.</summary>
    Bits32,

    /// <summary>long, ulong or double: eight bytes in <c>ValRaw.Bits</c>.</summary>
    Bits64,

    /// <summary>Vector128&lt;byte&gt;: sixteen bytes in <c>ValRaw.Bits</c> and <c>ValRaw.Hi</c>.</summary>
    Vector,

    /// <summary>object (externref): the reference itself in <c>ValRaw.Ref</c>.</summary>
    Reference,

    /// <summary><see cref="Func"/> (funcref): its function reference in <c>ValRaw.Ref</c>.</summary>
    Function,
}
