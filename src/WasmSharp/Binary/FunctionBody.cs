namespace WasmSharp.Binary;

/// <summary>The body of a defined function (spec "Code Section").</summary>
/// <param name="Locals">Declared locals (not parameters), run-length encoded.</param>
/// <param name="LocalCount">Total number of declared locals.</param>
/// <param name="BodyOffset">Byte offset of the body's size field, for error messages.</param>
/// <param name="CodeOffset">Byte offset of the first instruction after the local declarations.</param>
/// <param name="CodeLength">Length of the instructions in bytes, including the final <c>end</c>.</param>
internal sealed record FunctionBody(LocalDecl[] Locals, int LocalCount, int BodyOffset, int CodeOffset, int CodeLength);
