namespace WasmSharp.Binary;

/// <summary>The body of a defined function (spec "Code Section").</summary>
/// <param name="Locals">Declared locals (not parameters), run-length encoded.</param>
/// <param name="LocalCount">Total number of declared locals.</param>
/// <param name="BodyOffset">Byte offset of the body's size field, for error messages.</param>
/// <param name="CodeOffset">Byte offset of the first instruction after the local declarations.</param>
/// <param name="CodeLength">Length of the instructions in bytes, including the final <c>end</c>.</param>
internal sealed record FunctionBody(LocalDecl[] Locals, int LocalCount, int BodyOffset, int CodeOffset, int CodeLength)
{
    /// <summary>
    /// The module offset of the checks a function makes on entry (epoch, fuel), as Wasmtime reports
    /// it: where Cranelift's source location stands when it translates the entry, the first byte of
    /// the last local declaration, or the body's start (its local declaration count) without any
    /// (checked against Wasmtime 50.0.1: func offset 3 for <c>(local i64) (local f32 f32)</c>, 0 without locals).
    /// </summary>
    /// <param name="module">The module's bytes.</param>
    public int EntryOffset(ReadOnlySpan<byte> module)
    {
        var reader = new WasmReader(module[BodyOffset..], BodyOffset);
        reader.ReadVarUInt32();
        int entry = reader.Offset;
        uint groups = reader.ReadVarUInt32();
        for (uint i = 0; i < groups; i++)
        {
            entry = reader.Offset;
            reader.ReadVarUInt32();
            TypeReader.ReadValType(ref reader);
        }

        return entry;
    }
}
