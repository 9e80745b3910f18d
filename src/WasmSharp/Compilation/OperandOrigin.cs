namespace WasmSharp.Compilation;

/// <summary>Where the operand an instruction left on top of the stack came from.</summary>
internal enum OperandOrigin
{
    /// <summary>An <c>i32.const</c>; the value is the constant.</summary>
    I32Constant,

    /// <summary>A <c>local.get</c> or <c>local.tee</c>; the value is the local index.</summary>
    Local,
}
