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
        int countOffset = reader.Offset;
        int count = reader.ReadCount();
        if (count != module.FunctionTypes.Count - module.ImportedFunctionCount)
        {
            WasmReader.Fail("function and code section have inconsistent lengths", countOffset);
        }

        if (count > reader.Remaining)
        {
            reader.FailEnd();
        }

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
            module.Bodies.Add(ReadBody(ref body, bodyOffset));
        }
    }

    private static FunctionBody ReadBody(ref WasmReader body, int bodyOffset)
    {
        int declCount = body.ReadVectorCount(2);
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
            // Every body ends with `end`; a missing one is detected here so the validator's walk
            // never has to distinguish "ran out of bytes" from "missing end".
            WasmReader.Fail("END opcode expected", codeOffset + codeLength);
        }

        return new FunctionBody(decls, (int)total, bodyOffset, codeOffset, codeLength);
    }
}
