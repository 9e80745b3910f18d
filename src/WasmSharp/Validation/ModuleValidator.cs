using System.Diagnostics.CodeAnalysis;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Validates a decoded module (spec valid/modules.rst "Modules"): types, imports, tables, memories,
/// globals, tags, exports, the start function, element and data segments, and every function body.
/// </summary>
internal static class ModuleValidator
{
    /// <summary>
    /// Validates <paramref name="module"/>, which the decoder has fully populated.
    /// </summary>
    /// <param name="module">The decoded module.</param>
    /// <param name="features">Enabled proposals.</param>
    /// <param name="parallel">
    /// Whether a module with much code may validate its function bodies on several threads
    /// (<see cref="Config.ParallelCompilation"/>, as Wasmtime validates functions in parallel with
    /// compiling them). The module is rejected with the same error either way: that of its first invalid body.
    /// </param>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="WasmFormatException">A function body or constant expression is malformed.</exception>
    public static void Validate(ModuleInfo module, WasmFeatures features, bool parallel = false)
    {
        FeatureChecker.CheckModule(module, features);
        TypeMatcher types = TypeSectionValidator.Validate(module, new TypeCanonicalizer());
        int typeCount = types.Count;

        ValidateFunctionTypes(module, types);
        ValidateMemories(module, features);
        ValidateTags(module, types);

        bool[] declared = new bool[module.FunctionTypes.Count];
        ConstExprValidator constants = new(module, types, features, declared);

        // Globals: an initialiser sees the globals before it (Wasm 3.0), or only imports (Wasm 2.0).
        bool extendedGlobalScope = (features & (WasmFeatures.Gc | WasmFeatures.FunctionReferences)) != 0;
        for (int i = 0; i < module.Globals.Count; i++)
        {
            GlobalInfo global = module.Globals[i];
            TypeSectionValidator.CheckValType(global.Type.Type, typeCount);
            if (global.Init is ConstExpr init)
            {
                constants.Validate(init, global.Type.Type, extendedGlobalScope ? i : module.ImportedGlobalCount);
            }
        }

        // Segment offsets see every global in Wasm 3.0, only the imported ones in Wasm 2.0.
        int segmentGlobals = extendedGlobalScope ? module.Globals.Count : module.ImportedGlobalCount;
        ValidateTables(module, constants, typeCount, features);
        ValidateElements(module, types, constants, declared, segmentGlobals);
        ValidateData(module, constants, segmentGlobals);
        ValidateExports(module, declared);
        ValidateStart(module, types);

        if (module.Bodies.Count != module.FunctionTypes.Count - module.ImportedFunctionCount)
        {
            throw new WasmFormatException("function and code section have inconsistent lengths", 0);
        }

        var bodies = new BodyValidation(module, types, features, declared);
        if (parallel)
        {
            bodies.RunInParallel();
        }
        else
        {
            bodies.Run(0, module.Bodies.Count);
        }
    }

    [DoesNotReturn]
    private static void Fail(string reason) => throw new WasmValidationException(reason, 0);

    /// <summary>Every function (imported or defined) must have a function type (spec "Functions", "Imports").</summary>
    private static void ValidateFunctionTypes(ModuleInfo module, TypeMatcher types)
    {
        foreach (int typeIndex in module.FunctionTypes)
        {
            if ((uint)typeIndex >= (uint)types.Count)
            {
                Fail($"unknown type {typeIndex}");
            }

            if (types.FuncParams(typeIndex) is null)
            {
                Fail($"type mismatch: type {typeIndex} is not a function type");
            }
        }
    }

    /// <summary>Tags must have function types with no results (spec "Tags").</summary>
    private static void ValidateTags(ModuleInfo module, TypeMatcher types)
    {
        foreach (TagType tag in module.Tags)
        {
            if ((uint)tag.TypeIndex >= (uint)types.Count)
            {
                Fail($"unknown type {tag.TypeIndex}");
            }

            ValType[]? results = types.FuncResults(tag.TypeIndex);
            if (results is null)
            {
                Fail($"type mismatch: type {tag.TypeIndex} is not a function type");
            }

            if (results.Length != 0)
            {
                Fail("non-empty tag result type");
            }
        }
    }

    /// <summary>Memory types (spec "Memory Types", memory64, threads, custom-page-sizes).</summary>
    private static void ValidateMemories(ModuleInfo module, WasmFeatures features)
    {
        if (module.Memories.Count > 1 && (features & WasmFeatures.MultiMemory) == 0)
        {
            Fail("multiple memories");
        }

        foreach (MemoryType memory in module.Memories)
        {
            Limits limits = memory.Limits;
            if (memory.PageSizeLog2 != 16 && memory.PageSizeLog2 != 0)
            {
                Fail("invalid custom page size");
            }

            // The memory must be addressable: at most 2^32 (i32) or 2^64 (i64) bytes.
            ulong maxPages;
            string sizeMessage;
            if (memory.Is64)
            {
                maxPages = memory.PageSizeLog2 == 0 ? ulong.MaxValue : 1UL << (64 - memory.PageSizeLog2);
                sizeMessage = memory.PageSizeLog2 == 16 ? "memory size must be at most 2^48 pages (256TiB)" : "memory size must be at most 2^64-1 bytes";
            }
            else
            {
                // With 1-byte pages the page count itself must fit in an i32 (custom-page-sizes memory_max.wast).
                maxPages = memory.PageSizeLog2 == 0 ? uint.MaxValue : 1UL << (32 - memory.PageSizeLog2);
                sizeMessage = memory.PageSizeLog2 == 16 ? "memory size must be at most 65536 pages (4GiB)" : "memory size must be at most 2^32-1 pages";
            }

            if (limits.Minimum > maxPages || limits.Maximum > maxPages)
            {
                Fail(sizeMessage);
            }

            if (limits.Maximum is ulong max && limits.Minimum > max)
            {
                Fail("size minimum must not be greater than maximum");
            }

            if (memory.Shared && limits.Maximum is null)
            {
                Fail("shared memory must have maximum");
            }
        }
    }

    /// <summary>Table types and initialisers (spec "Table Types", "Tables").</summary>
    private static void ValidateTables(ModuleInfo module, ConstExprValidator constants, int typeCount, WasmFeatures features)
    {
        if (module.Tables.Count > 1 && (features & WasmFeatures.ReferenceTypes) == 0)
        {
            Fail("multiple tables");
        }

        for (int i = 0; i < module.Tables.Count; i++)
        {
            TableInfo table = module.Tables[i];
            TableType type = table.Type;
            TypeSectionValidator.CheckValType(type.Element, typeCount);
            Limits limits = type.Limits;
            if (!type.Is64 && (limits.Minimum > uint.MaxValue || limits.Maximum > uint.MaxValue))
            {
                Fail("table size must be at most 2^32-1");
            }

            if (limits.Maximum is ulong max && limits.Minimum > max)
            {
                Fail("size minimum must not be greater than maximum");
            }

            if (table.Init is ConstExpr init)
            {
                // Tables are validated in the context C' of the spec's Module_ok: only imported globals are visible.
                constants.Validate(init, type.Element, module.ImportedGlobalCount);
            }
            else if (i >= module.ImportedTableCount && !type.Element.IsDefaultable)
            {
                // A table of non-nullable references needs an explicit initialiser.
                Fail("type mismatch: non-defaultable table element type requires an initializer");
            }
        }
    }

    /// <summary>Element segments (spec "Element Segments").</summary>
    private static void ValidateElements(ModuleInfo module, TypeMatcher types, ConstExprValidator constants, bool[] declared, int visibleGlobals)
    {
        foreach (ElementSegment segment in module.Elements)
        {
            ValType elementType = segment.ElementType;
            TypeSectionValidator.CheckValType(elementType, types.Count);
            if (segment.FunctionIndices is int[] functions)
            {
                foreach (int f in functions)
                {
                    if ((uint)f >= (uint)module.FunctionTypes.Count)
                    {
                        Fail($"unknown function {f}");
                    }

                    declared[f] = true;
                    ValType actual = ValType.Ref(HeapType.FromIndex(module.FunctionTypes[f]), nullable: false);
                    if (!types.IsSubtype(actual, elementType))
                    {
                        Fail("type mismatch");
                    }
                }
            }
            else if (segment.Expressions is ConstExpr[] expressions)
            {
                foreach (ConstExpr e in expressions)
                {
                    constants.Validate(e, elementType, visibleGlobals);
                }
            }

            if (segment.Mode == SegmentMode.Active)
            {
                if ((uint)segment.TableIndex >= (uint)module.Tables.Count)
                {
                    Fail($"unknown table {segment.TableIndex}");
                }

                TableType table = module.Tables[segment.TableIndex].Type;
                constants.Validate(segment.Offset, table.AddressType, visibleGlobals);
                if (!types.IsSubtype(elementType, table.Element))
                {
                    Fail("type mismatch");
                }
            }
        }
    }

    /// <summary>Data segments (spec "Data Segments").</summary>
    private static void ValidateData(ModuleInfo module, ConstExprValidator constants, int visibleGlobals)
    {
        foreach (DataSegment segment in module.Data)
        {
            if (segment.Mode != SegmentMode.Active)
            {
                continue;
            }

            if ((uint)segment.MemoryIndex >= (uint)module.Memories.Count)
            {
                Fail($"unknown memory {segment.MemoryIndex}");
            }

            constants.Validate(segment.Offset, module.Memories[segment.MemoryIndex].AddressType, visibleGlobals);
        }
    }

    /// <summary>Exports (spec "Exports"): names unique, indices in range; exported functions count as declared.</summary>
    private static void ValidateExports(ModuleInfo module, bool[] declared)
    {
        HashSet<string> names = new(StringComparer.Ordinal);
        foreach (ExportInfo export in module.Exports)
        {
            (int count, string what) = export.Kind switch
            {
                ExternKind.Func => (module.FunctionTypes.Count, "function"),
                ExternKind.Table => (module.Tables.Count, "table"),
                ExternKind.Memory => (module.Memories.Count, "memory"),
                ExternKind.Global => (module.Globals.Count, "global"),
                _ => (module.Tags.Count, "tag"),
            };
            if ((uint)export.Index >= (uint)count)
            {
                Fail($"unknown {what} {export.Index}");
            }

            if (export.Kind == ExternKind.Func)
            {
                declared[export.Index] = true;
            }

            if (!names.Add(export.Name))
            {
                Fail("duplicate export name");
            }
        }
    }

    /// <summary>The start function must exist and have type [] -> [] (spec "Start Function").</summary>
    private static void ValidateStart(ModuleInfo module, TypeMatcher types)
    {
        if (module.StartFunction is not int start)
        {
            return;
        }

        if ((uint)start >= (uint)module.FunctionTypes.Count)
        {
            Fail($"unknown function {start}");
        }

        int typeIndex = module.FunctionTypes[start];
        if (types.FuncParams(typeIndex)!.Length != 0 || types.FuncResults(typeIndex)!.Length != 0)
        {
            Fail("start function");
        }
    }
}
