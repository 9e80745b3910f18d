using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>Decodes the type section (spec "Type Section"): recursion groups of sub types.</summary>
internal static class TypeSectionDecoder
{
    /// <summary>Appends the section's types and recursion groups to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            int start = module.Types.Count;
            if (reader.PeekByte() == 0x4E)
            {
                reader.ReadByte();
                int groupSize = reader.ReadVectorCount();
                for (int j = 0; j < groupSize; j++)
                {
                    module.Types.Add(ReadSubType(ref reader));
                }

                module.RecGroups.Add(new RecGroup(start, groupSize));
            }
            else
            {
                module.Types.Add(ReadSubType(ref reader));
                module.RecGroups.Add(new RecGroup(start, 1));
            }
        }
    }

    /// <summary>Reads a sub type (spec subtype): <c>0x50 x* ct</c>, <c>0x4F x* ct</c> or a bare composite type (final).</summary>
    private static SubType ReadSubType(ref WasmReader reader)
    {
        byte first = reader.PeekByte();
        if (first == 0x50 || first == 0x4F)
        {
            reader.ReadByte();
            int superCount = reader.ReadVectorCount();
            int[] supers = new int[superCount];
            for (int i = 0; i < superCount; i++)
            {
                supers[i] = reader.ReadCount();
            }

            return new SubType(isFinal: first == 0x4F, supers, ReadCompositeType(ref reader));
        }

        return new SubType(isFinal: true, Array.Empty<int>(), ReadCompositeType(ref reader));
    }

    /// <summary>
    /// Most parameters a function type may have. The spec sets no bound; this is Wasmtime's
    /// (wasmparser's <c>MAX_WASM_FUNCTION_PARAMS</c>, with its message). Compiled functions take
    /// their parameters as IL arguments, at most 65,535, and the interpreter keeps them in a frame
    /// of the wasm stack, whose default 512 KiB hold about 65,000 slots (docs/limits.md).
    /// </summary>
    public const int MaxFunctionParams = 1_000;

    /// <summary>Most results a function type may have: Wasmtime's bound (wasmparser's <c>MAX_WASM_FUNCTION_RETURNS</c>), as for <see cref="MaxFunctionParams"/>.</summary>
    public const int MaxFunctionResults = 1_000;

    /// <summary>Reads a composite type (spec comptype): array 0x5E, struct 0x5F or func 0x60.</summary>
    private static CompositeType ReadCompositeType(ref WasmReader reader)
    {
        int start = reader.Offset;
        byte form = reader.ReadByte();
        switch (form)
        {
            case 0x5E:
                return new ArrayType(TypeReader.ReadFieldType(ref reader));
            case 0x5F:
            {
                int fieldCount = reader.ReadVectorCount();
                var fields = new FieldType[fieldCount];
                for (int i = 0; i < fieldCount; i++)
                {
                    fields[i] = TypeReader.ReadFieldType(ref reader);
                }

                return new StructType(fields);
            }

            case 0x60:
            {
                ValType[] parameters = ReadResultType(ref reader, MaxFunctionParams, "function params");
                ValType[] results = ReadResultType(ref reader, MaxFunctionResults, "function returns");
                return new FuncType(parameters, results);
            }

            default:
                WasmReader.Fail("malformed definition type", start);
                return null;
        }
    }

    private static ValType[] ReadResultType(ref WasmReader reader, int limit, string what)
    {
        int countOffset = reader.Offset;
        int count = reader.ReadVectorCount();
        if (count > limit)
        {
            WasmReader.Fail($"{what} size is out of bounds", countOffset);
        }

        var types = new ValType[count];
        for (int i = 0; i < count; i++)
        {
            types[i] = TypeReader.ReadValType(ref reader);
        }

        return types;
    }
}
