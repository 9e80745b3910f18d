using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Rejects types and module constructs of proposals the engine has switched off, as Wasmtime's
/// validator does when a <c>Config::wasm_*</c> toggle is false (message: "... support is not enabled").
/// </summary>
internal static class FeatureChecker
{
    /// <summary>The proposal a value type needs beyond Wasm 1.0, or null if it is available under <paramref name="features"/>.</summary>
    public static string? MissingFor(ValType type, WasmFeatures features)
    {
        switch (type.Kind)
        {
            case ValKind.V128:
                return (features & WasmFeatures.Simd) != 0 ? null : "SIMD";
            case ValKind.Ref:
                break;
            default:
                return null;
        }

        if ((features & WasmFeatures.ReferenceTypes) == 0)
        {
            return "reference types";
        }

        HeapType heap = type.Heap;
        if (!type.Nullable || heap.IsConcrete)
        {
            if ((features & WasmFeatures.FunctionReferences) == 0)
            {
                return "function references";
            }

            return null;
        }

        if (heap == TypeMatcher.BottomHeap)
        {
            return null;
        }

        switch (heap.Abstract)
        {
            case AbstractHeapType.Func:
            case AbstractHeapType.Extern:
                return null;
            case AbstractHeapType.Exn:
            case AbstractHeapType.NoExn:
                return (features & WasmFeatures.ExceptionHandling) != 0 ? null : "exceptions";
            default:
                return (features & WasmFeatures.Gc) != 0 ? null : "gc";
        }
    }

    /// <summary>Throws if <paramref name="type"/> needs a disabled proposal.</summary>
    public static void Check(ValType type, WasmFeatures features, long offset, int? functionIndex = null)
    {
        if (MissingFor(type, features) is string proposal)
        {
            throw new WasmValidationException($"{proposal} support is not enabled", offset, functionIndex);
        }
    }

    /// <summary>Checks every type definition, import and definition of <paramref name="module"/> against <paramref name="features"/>.</summary>
    public static void CheckModule(ModuleInfo module, WasmFeatures features)
    {
        if (features == WasmFeatures.All)
        {
            return;
        }

        bool gc = (features & WasmFeatures.Gc) != 0;
        foreach (RecGroup group in module.RecGroups)
        {
            if (group.Count != 1 && !gc)
            {
                Fail("gc");
            }
        }

        foreach (SubType sub in module.Types)
        {
            if (!gc && (!sub.IsFinal || sub.Supertypes.Count > 0 || sub.Composite.Kind != CompositeKind.Func))
            {
                Fail("gc");
            }

            if (sub.Composite is FuncType func)
            {
                if (func.Results.Count > 1 && (features & WasmFeatures.MultiValue) == 0)
                {
                    Fail("multi-value");
                }

                foreach (ValType p in func.Params)
                {
                    Check(p, features, 0);
                }

                foreach (ValType r in func.Results)
                {
                    Check(r, features, 0);
                }
            }
            else if (sub.Composite is StructType st)
            {
                foreach (FieldType f in st.Fields)
                {
                    Check(f.Storage.Type, features, 0);
                }
            }
            else if (sub.Composite is ArrayType at)
            {
                Check(at.Element.Storage.Type, features, 0);
            }
        }

        foreach (GlobalInfo global in module.Globals)
        {
            Check(global.Type.Type, features, 0);
        }

        foreach (TableInfo table in module.Tables)
        {
            // funcref tables predate reference types (Wasm 1.0's anyfunc).
            if (table.Type.Element != ValType.FuncRef)
            {
                Check(table.Type.Element, features, 0);
            }

            if (table.Type.Is64 && (features & WasmFeatures.Memory64) == 0)
            {
                Fail("memory64");
            }

            if (table.Init is not null && (features & WasmFeatures.FunctionReferences) == 0)
            {
                Fail("function references");
            }
        }

        foreach (MemoryType memory in module.Memories)
        {
            if (memory.Is64 && (features & WasmFeatures.Memory64) == 0)
            {
                Fail("memory64");
            }

            if (memory.Shared && (features & WasmFeatures.Threads) == 0)
            {
                Fail("threads");
            }

            if (memory.PageSizeLog2 != 16 && (features & WasmFeatures.CustomPageSizes) == 0)
            {
                Fail("custom page sizes");
            }
        }

        if (module.Tags.Count > 0 && (features & (WasmFeatures.ExceptionHandling | WasmFeatures.LegacyExceptions)) == 0)
        {
            Fail("exceptions");
        }

        foreach (ElementSegment segment in module.Elements)
        {
            // Function-index segments have an implied type ((ref func) in Wasm 3.0); only declared ones are checked.
            if (segment.Expressions is not null && segment.ElementType != ValType.FuncRef)
            {
                Check(segment.ElementType, features, 0);
            }
        }

        if ((features & WasmFeatures.MutableGlobal) == 0)
        {
            foreach (ImportInfo import in module.Imports)
            {
                if (import.Kind == ExternKind.Global && module.Globals[import.Index].Type.Mutable)
                {
                    Fail("mutable global");
                }
            }

            foreach (ExportInfo export in module.Exports)
            {
                if (export.Kind == ExternKind.Global && (uint)export.Index < (uint)module.Globals.Count && module.Globals[export.Index].Type.Mutable)
                {
                    Fail("mutable global");
                }
            }
        }
    }

    private static void Fail(string proposal) => throw new WasmValidationException($"{proposal} support is not enabled", 0);
}
