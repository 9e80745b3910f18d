using System.Runtime.CompilerServices;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// Process-wide canonical type ids (spec "Type Equivalence"), so <c>call_indirect</c> and import
/// matching check a function type with one integer compare. Backed by one
/// <see cref="TypeCanonicalizer"/> shared by every engine: a module's types are canonicalised by
/// recursion group, so equivalent types of different modules get equal ids, and a host function's
/// type is the id of the same type written as a one-type group. Ids are shared by all engines
/// because host trampolines and compiled code are too.
/// </summary>
internal static class FuncTypeRegistry
{
    private static readonly TypeCanonicalizer s_canonicalizer = new();
    private static readonly ConditionalWeakTable<FuncType, StrongBox<int>> s_hostIds = new();

    /// <summary>The canonical id of a stand-alone function type (a host function's).</summary>
    /// <exception cref="ArgumentException">The type refers to module type indices, which mean nothing stand-alone.</exception>
    public static int GetId(FuncType type)
    {
        if (s_hostIds.TryGetValue(type, out StrongBox<int>? known))
        {
            return known.Value;
        }

        if (RefersToTypeIndices(type.Params) || RefersToTypeIndices(type.Results))
        {
            throw new ArgumentException($"a stand-alone function type cannot refer to type indices: {type}");
        }

        var ids = new CanonicalTypeId[1];
        s_canonicalizer.CanonicalizeGroup([new SubType(true, [], type)], new RecGroup(0, 1), ids);
        int id = ids[0].Value;
        s_hostIds.AddOrUpdate(type, new StrongBox<int>(id));
        return id;
    }

    // Loops rather than LINQ over ValType (a struct): this runs at every start, and no ReadyToRun
    // image holds LINQ's code for ValType.
    private static bool RefersToTypeIndices(IReadOnlyList<ValType> types)
    {
        for (int i = 0; i < types.Count; i++)
        {
            if (types[i].IsRef && types[i].Heap.IsConcrete)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether canonical type <paramref name="sub"/> is <paramref name="super"/> or a declared subtype of it (Wasm 3.0 "Type Matching").</summary>
    public static bool IsSubtype(int sub, int super) =>
        sub == super || s_canonicalizer.IsSubtype(new CanonicalTypeId(sub), new CanonicalTypeId(super));

    /// <summary>The canonical id of every type index of <paramref name="module"/> (validated).</summary>
    public static int[] GetModuleIds(ModuleInfo module)
    {
        IReadOnlyList<RecGroup> groups = module.RecGroups;
        int grouped = 0;
        for (int i = 0; i < groups.Count; i++)
        {
            grouped += groups[i].Count; // not LINQ's Sum: see RefersToTypeIndices
        }

        if (grouped != module.Types.Count)
        {
            // Hand-built modules may list no groups: each type is then its own group, as in Wasm 2.0.
            groups = Enumerable.Range(0, module.Types.Count).Select(i => new RecGroup(i, 1)).ToArray();
        }

        CanonicalTypeId[] ids = s_canonicalizer.CanonicalizeModule(module.Types, groups);
        return Array.ConvertAll(ids, id => id.Value);
    }
}
