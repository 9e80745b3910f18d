namespace WasmSharp.Compilation;

/// <summary>Where the operand an instruction left on top of the stack came from.</summary>
internal enum OperandOrigin
{
    /// <summary>An <c>i32.const</c>; the value is the constant.</summary>
    I32Constant,

    /// <summary>An <c>i64.const</c>; the value is the constant's low 32 bits (all a shift or rotate count uses).</summary>
    I64Constant,

    /// <summary>A <c>local.get</c> or <c>local.tee</c>; the value is the local index.</summary>
    Local,
}
