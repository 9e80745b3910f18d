using System.Diagnostics.CodeAnalysis;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Validates the type section (spec valid/types.rst "Recursive Types", "Sub Types"): references
/// stay within the types defined so far plus the current rec group, supertypes precede their
/// subtypes, are not final, and match structurally. Also canonicalises the rec groups.
/// </summary>
internal static class TypeSectionValidator
{
    /// <summary>Validates and canonicalises the types of <paramref name="module"/>.</summary>
    /// <param name="module">The decoded module.</param>
    /// <param name="canonicalizer">Interns the rec groups; a per-module one now, an engine-wide one later.</param>
    /// <returns>A matcher for the module's (now valid) types.</returns>
    /// <exception cref="WasmValidationException">A type is invalid.</exception>
    public static TypeMatcher Validate(ModuleInfo module, TypeCanonicalizer canonicalizer)
    {
        List<SubType> types = module.Types;
        List<RecGroup> groups = module.RecGroups;
        if (groups.Count == 0 && types.Count > 0)
        {
            // Without explicit groups every type is a group of one (the module itself is left as decoded).
            groups = new List<RecGroup>(types.Count);
            for (int i = 0; i < types.Count; i++)
            {
                groups.Add(new RecGroup(i, 1));
            }
        }

        CanonicalTypeId[] ids = new CanonicalTypeId[types.Count];
        int expectedStart = 0;
        foreach (RecGroup group in groups)
        {
            if (group.Start != expectedStart || group.Count < 0 || group.Start + group.Count > types.Count)
            {
                throw new InvalidOperationException("ModuleInfo.RecGroups must cover ModuleInfo.Types in order");
            }

            int end = group.Start + group.Count;
            for (int x = group.Start; x < end; x++)
            {
                CheckReferences(types[x], x, end);
            }

            canonicalizer.CanonicalizeGroup(types, group, ids);
            expectedStart = end;
        }

        if (expectedStart != types.Count)
        {
            throw new InvalidOperationException("ModuleInfo.RecGroups must cover ModuleInfo.Types in order");
        }

        TypeMatcher matcher = new(types, ids);
        for (int x = 0; x < types.Count; x++)
        {
            SubType sub = types[x];
            if (sub.Supertypes.Count == 0)
            {
                continue;
            }

            int y = sub.Supertypes[0];
            SubType super = types[y];
            if (super.IsFinal || !matcher.CompositeMatches(sub.Composite, super.Composite))
            {
                Fail($"sub type {x} does not match super type {y}");
            }
        }

        return matcher;
    }

    [DoesNotReturn]
    private static void Fail(string reason) => throw new WasmValidationException(reason, 0);

    private static void CheckReferences(SubType sub, int index, int groupEnd)
    {
        if (sub.Supertypes.Count > 1)
        {
            Fail("multiple supertypes");
        }

        foreach (int super in sub.Supertypes)
        {
            // A supertype must be defined before its subtype (earlier in the group or in an earlier group).
            if (super < 0 || super >= index)
            {
                Fail($"unknown type {super}");
            }
        }

        switch (sub.Composite)
        {
            case FuncType func:
                foreach (ValType p in func.Params)
                {
                    CheckValType(p, groupEnd);
                }

                foreach (ValType r in func.Results)
                {
                    CheckValType(r, groupEnd);
                }

                break;
            case StructType st:
                foreach (FieldType f in st.Fields)
                {
                    CheckValType(f.Storage.Type, groupEnd);
                }

                break;
            case ArrayType at:
                CheckValType(at.Element.Storage.Type, groupEnd);
                break;
        }
    }

    /// <summary>Checks that a value type's concrete heap type is one of the first <paramref name="typeCount"/> types.</summary>
    public static void CheckValType(ValType type, int typeCount, long offset = 0)
    {
        if (type.Kind == ValKind.Ref && type.Heap.IsConcrete && type.Heap.TypeIndex >= typeCount)
        {
            throw new WasmValidationException($"unknown type {type.Heap.TypeIndex}", offset);
        }
    }
}
