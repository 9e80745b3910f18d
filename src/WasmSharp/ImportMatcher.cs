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
    /// <summary>The reason <paramref name="actual"/> does not match import <paramref name="importIndex"/> of <paramref name="module"/>, or null.</summary>
    public static string? Mismatch(Module module, int importIndex, Extern actual)
    {
        ExternType expected = module.Imports[importIndex].Type;
        if (expected.Kind != actual.Kind)
        {
            return $"expected {KindName(expected.Kind)}, but found {KindName(actual.Kind)}";
        }

        switch (actual)
        {
            case Func func:
                return MatchFunc(ExpectedTypeId(module, importIndex), expected.Func!, func.Ref.TypeId, func.Ref.Type);
            case Table table:
                return MatchTable(expected.Table!.Value, table.Storage.Type, (ulong)table.Storage.Length);
            case Memory memory:
                return MatchMemory(expected.Memory!.Value, memory.Storage.Type, memory.Storage.Pages);
            case SharedMemory shared:
                return MatchMemory(expected.Memory!.Value, shared.Storage.Type, shared.Storage.Pages);
            case Global global:
                return MatchGlobal(expected.Global!.Value, global.Cell.Type);
            case Tag tag:
                return tag.TypeId == ExpectedTypeId(module, importIndex)
                    ? null
                    : $"tag types incompatible: expected tag of type `{expected.TagSignature}`, found tag of type `{tag.Signature}`";
            default:
                return "unknown extern";
        }
    }

    /// <summary>
    /// The canonical type id import <paramref name="importIndex"/> (a function or tag) expects.
    /// </summary>
    public static int ExpectedTypeId(Module module, int importIndex)
    {
        Binary.ImportInfo import = module.Info.Imports[importIndex];
        int typeIndex = import.Kind == ExternKind.Func ? module.Info.FunctionTypes[import.Index] : module.Info.Tags[import.Index].TypeIndex;
        return module.TypeIds[typeIndex];
    }

    /// <summary>Function matching by canonical type id: equal or a declared subtype (spec "Import Matching").</summary>
    public static string? MatchFunc(int expectedId, FuncType expected, int actualId, FuncType actual) =>
        FuncTypeRegistry.IsSubtype(actualId, expectedId)
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
        // Mutable globals are invariant, immutable ones covariant (spec "Import Matching").
        bool ok = expected.Mutable == actual.Mutable
            && (expected.Type == actual.Type || (!expected.Mutable && IsRefSubtype(actual.Type, expected.Type)));
        return ok ? null : $"global types incompatible: expected global of type `{ExternType.FromGlobal(expected)}`, found global of type `{ExternType.FromGlobal(actual)}`";
    }

    /// <summary>
    /// Reference subtyping between abstract heap types (spec "Heap Type Matching"): the bottom types
    /// below their hierarchy, i31/struct/array below eq below any. A concrete heap type, meaningful
    /// only in its own module, matches only itself, or <c>func</c> as the function types compiled today.
    /// </summary>
    private static bool IsRefSubtype(ValType sub, ValType super)
    {
        if (!sub.IsRef || !super.IsRef || (sub.Nullable && !super.Nullable))
        {
            return false;
        }

        HeapType a = sub.Heap;
        HeapType b = super.Heap;
        if (a == b)
        {
            return true;
        }

        if (b.IsConcrete)
        {
            return false;
        }

        if (a.IsConcrete)
        {
            return b.Abstract == AbstractHeapType.Func;
        }

        return (a.Abstract, b.Abstract) switch
        {
            (AbstractHeapType.NoFunc, AbstractHeapType.Func) => true,
            (AbstractHeapType.NoExtern, AbstractHeapType.Extern) => true,
            (AbstractHeapType.NoExn, AbstractHeapType.Exn) => true,
            (AbstractHeapType.None, AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array or AbstractHeapType.Eq or AbstractHeapType.Any) => true,
            (AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array, AbstractHeapType.Eq or AbstractHeapType.Any) => true,
            (AbstractHeapType.Eq, AbstractHeapType.Any) => true,
            _ => false,
        };
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
