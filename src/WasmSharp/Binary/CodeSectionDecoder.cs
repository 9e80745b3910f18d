using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>
/// Decodes the code section (spec "Code Section"): for each defined function its size, its local
/// declarations and the range of its instructions. Instructions are decoded by the validator.
/// </summary>
internal static class CodeSectionDecoder
{
    /// <summary>
    /// Most locals a function may declare. Wasmtime (wasmparser's <c>MAX_WASM_FUNCTION_LOCALS</c>) uses the
    /// same bound; the spec only requires the total to fit in a u32.
    /// </summary>
    public const int MaxLocals = 50_000;

    /// <summary>Appends the function bodies to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        // Whether the count matches the function section is checked once all sections are read, so a
        // repeated code section is reported as misplaced first, as the reference interpreter does.
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            int bodyOffset = reader.Offset;
            int size = reader.ReadCount();
            if (size > reader.Remaining)
            {
                reader.FailEnd();
            }

            int bodyStart = reader.Offset;
            var body = new WasmReader(reader.ReadBytes(size), bodyStart, WasmReader.EndOfSectionMessage);
            module.Bodies.Add(ReadBody(ref body, bodyOffset, atSectionEnd: reader.AtEnd));
        }
    }

    private static FunctionBody ReadBody(ref WasmReader body, int bodyOffset, bool atSectionEnd)
    {
        int declCount = body.ReadVectorCount();
        var decls = new LocalDecl[declCount];
        long total = 0;
        for (int i = 0; i < declCount; i++)
        {
            int countOffset = body.Offset;
            uint n = body.ReadVarUInt32();
            total += n;
            if (total > MaxLocals)
            {
                WasmReader.Fail("too many locals", countOffset);
            }

            decls[i] = new LocalDecl(n, TypeReader.ReadValType(ref body));
        }

        int codeOffset = body.Offset;
        int codeLength = body.Remaining;
        ReadOnlySpan<byte> code = body.RemainingSpan;
        if (codeLength == 0 || code[codeLength - 1] != 0x0B)
        {
            // Every body ends with `end`; checking here means the validator's walk never has to tell a
            // missing `end` from running out of bytes. The wording follows the reference interpreter,
            // which reads on into the next body ("END opcode expected") or hits the end of the section.
            WasmReader.Fail(atSectionEnd ? WasmReader.EndOfSectionMessage : "END opcode expected", codeOffset + codeLength);
        }

        return new FunctionBody(decls, (int)total, bodyOffset, codeOffset, codeLength);
    }
}
