using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Import matching (spec 4.5.2 "Import Matching", exec/modules): whether an extern may satisfy an
/// import of a given type, with Wasmtime's wording for the reason when it may not. Function types
/// match by canonical id (structural equality of Wasm 2.0 function types); limits match when the
/// actual minimum is at least the expected one and, if a maximum is expected, the actual maximum
/// exists and is at most it; global types match on mutability and type.
/// </summary>
internal static class ImportMatcher
{
    /// <summary>The reason <paramref name="actual"/> does not match <paramref name="expected"/>, or null.</summary>
    public static string? Mismatch(ExternType expected, Extern actual)
    {
        if (expected.Kind != actual.Kind)
        {
            return $"expected {KindName(expected.Kind)}, but found {KindName(actual.Kind)}";
        }

        switch (actual)
        {
            case Func func:
                return MatchFunc(expected.Func!, func.Ref);
            case Table table:
                return MatchTable(expected.Table!.Value, table.Storage.Type, (ulong)table.Storage.Length);
            case Memory memory:
                return MatchMemory(expected.Memory!.Value, memory.Storage.Type, memory.Storage.Pages);
            case Global global:
                return MatchGlobal(expected.Global!.Value, global.Cell.Type);
            case Tag tag:
                return FuncTypeRegistry.GetId(tag.Signature) == FuncTypeRegistry.GetId(expected.TagSignature!)
                    ? null
                    : $"tag types incompatible: expected tag of type `{expected.TagSignature}`, found tag of type `{tag.Signature}`";
            default:
                return "unknown extern";
        }
    }

    /// <summary>Function matching by canonical type id.</summary>
    public static string? MatchFunc(FuncType expected, FuncRef actual) =>
        FuncTypeRegistry.GetId(expected) == actual.TypeId
            ? null
            : $"function types incompatible: expected func of type `{expected}`, found func of type `{actual.Type}`";

    /// <summary>Function matching of a store-independent host function.</summary>
    public static string? MatchFunc(FuncType expected, FuncType actual) =>
        FuncTypeRegistry.GetId(expected) == FuncTypeRegistry.GetId(actual)
            ? null
            : $"function types incompatible: expected func of type `{expected}`, found func of type `{actual}`";

    private static string? MatchTable(TableType expected, TableType actual, ulong currentSize)
    {
        bool ok = expected.Element == actual.Element
            && expected.Is64 == actual.Is64
            && LimitsMatch(expected.Limits, currentSize, actual.Limits.Maximum);
        return ok ? null : $"table types incompatible: expected table of type `{Format(expected)}`, found table of type `{Format(actual with { Limits = actual.Limits with { Minimum = currentSize } })}`";
    }

    private static string? MatchMemory(MemoryType expected, MemoryType actual, ulong currentPages)
    {
        bool ok = expected.Is64 == actual.Is64
            && expected.Shared == actual.Shared
            && expected.PageSizeLog2 == actual.PageSizeLog2
            && LimitsMatch(expected.Limits, currentPages, actual.Limits.Maximum);
        return ok ? null : $"memory types incompatible: expected memory of type `{ExternType.FromMemory(expected)}`, found memory of type `{ExternType.FromMemory(actual with { Limits = actual.Limits with { Minimum = currentPages } })}`";
    }

    private static string? MatchGlobal(GlobalType expected, GlobalType actual)
    {
        // Mutable globals are invariant; immutable ones could be covariant under GC subtyping, which
        // for the function and extern references compiled today is equality.
        bool ok = expected.Mutable == actual.Mutable && expected.Type == actual.Type;
        return ok ? null : $"global types incompatible: expected global of type `{ExternType.FromGlobal(expected)}`, found global of type `{ExternType.FromGlobal(actual)}`";
    }

    private static bool LimitsMatch(Limits expected, ulong actualMinimum, ulong? actualMaximum) =>
        actualMinimum >= expected.Minimum
        && (expected.Maximum is not ulong max || (actualMaximum is ulong actualMax && actualMax <= max));

    private static string Format(TableType type) => ExternType.FromTable(type).ToString();

    private static string KindName(ExternKind kind) => kind switch
    {
        ExternKind.Func => "func",
        ExternKind.Table => "table",
        ExternKind.Memory => "memory",
        ExternKind.Global => "global",
        _ => "tag",
    };
}
