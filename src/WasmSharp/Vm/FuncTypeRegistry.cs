using System.Collections.Concurrent;
using System.Text;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// Process-wide canonical ids of function types, so <c>call_indirect</c> checks a signature with
/// one integer compare (spec 4.4.8 "call_indirect": the types must match). Wasm 2.0 function types
/// are equal when structurally equal, which is what the key captures. Engine-wide canonicalisation
/// of recursion groups (Wasm 3.0) is meant to replace this once <c>Types</c> provides it.
/// </summary>
internal static class FuncTypeRegistry
{
    private static readonly ConcurrentDictionary<string, int> s_ids = new();
    private static int s_next;

    /// <summary>The canonical id of <paramref name="type"/>.</summary>
    public static int GetId(FuncType type)
    {
        string key = KeyOf(type);
        if (s_ids.TryGetValue(key, out int id))
        {
            return id;
        }

        return s_ids.GetOrAdd(key, _ => Interlocked.Increment(ref s_next));
    }

    private static string KeyOf(FuncType type)
    {
        var builder = new StringBuilder();
        foreach (ValType p in type.Params)
        {
            builder.Append(p.ToString()).Append(' ');
        }

        builder.Append("->");
        foreach (ValType r in type.Results)
        {
            builder.Append(' ').Append(r.ToString());
        }

        return builder.ToString();
    }
}
