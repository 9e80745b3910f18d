namespace WasmSharp.Binary;

/// <summary>
/// A constant expression (spec "Constant Expressions") as a range of the module's bytes, from its
/// first instruction up to and including its <c>end</c>. Validated by the validator, evaluated at
/// instantiation.
/// </summary>
/// <param name="Offset">Byte offset of the first instruction in the module.</param>
/// <param name="Length">Length in bytes, including the final <c>end</c> (0x0B).</param>
internal readonly record struct ConstExpr(int Offset, int Length);
