using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Vm;

/// <summary>
/// The steps of spec 4.5.4 "Instantiation" for a compiled module: allocate or adopt functions,
/// globals, tables and memories; evaluate segments; apply active element then data segments
/// (trapping on the first out-of-bounds one, earlier effects kept); drop active and declarative
/// segments; run the start function.
/// </summary>
internal static class ModuleInstantiator
{
    /// <summary>Default of <see cref="ResourceLimiter.Instances"/> and friends without a limiter, as in Wasmtime.</summary>
    public const int DefaultCountLimit = 10_000;

    /// <summary>
    /// Instantiates <paramref name="compiled"/> in <paramref name="store"/> with <paramref name="imports"/>;
    /// <paramref name="instance"/> (the public wrapper) is attached to the context, and
    /// <paramref name="attached"/> told of it, before any code runs, so host functions called by the
    /// start function see their caller. With <paramref name="runStart"/> false the start function is
    /// left to the caller, which runs it as an async call (<c>InstantiateAsync</c>).
    /// </summary>
    /// <exception cref="WasmResourceLimitException">The store's resource limits deny the instance.</exception>
    /// <exception cref="WasmOutOfMemoryException">A memory or table of the instance cannot be allocated; the store stays usable.</exception>
    /// <exception cref="PoolConcurrencyLimitException">The engine's pool has no instance, memory or table slot left.</exception>
    public static InstanceContext Instantiate(ModuleCode compiled, StoreContext store, InstanceImports imports, object? instance = null, Action<InstanceContext>? attached = null, bool runStart = true)
    {
        ModuleInfo module = compiled.Module;
        CheckCount("function", imports.Functions.Length, module.ImportedFunctionCount);
        CheckCount("table", imports.Tables.Length, module.ImportedTableCount);
        CheckCount("memory", imports.Memories.Length, module.ImportedMemoryCount);
        CheckCount("global", imports.Globals.Length, module.ImportedGlobalCount);
        CheckCount("tag", imports.Tags.Length, module.ImportedTagCount);

        if (compiled.IsCompiled)
        {
            store.PrepareForCompiledCode();
        }

        ReserveCounts(store, module);
        store.Pool?.ReserveInstance(store, module.Tables.Count - module.ImportedTableCount);
        var cx = new InstanceContext(store) { Owner = compiled, Instance = instance };
        attached?.Invoke(cx);

        var functions = new FuncRef[module.FunctionTypes.Count];
        for (int i = 0; i < imports.Functions.Length; i++)
        {
            // A host function learns its caller from its context: give this instance its own binding.
            FuncRef import = imports.Functions[i];
            functions[i] = import.Context.Host is null ? import : import.BindCaller(cx);
        }

        for (int i = module.ImportedFunctionCount; i < functions.Length && !compiled.CreatesFunctionsOnDemand; i++)
        {
            functions[i] = compiled.CreateFunction(i, cx);
        }

        cx.Functions = functions;

        // Each instantiation defines fresh tags: catch clauses match by identity (spec "Tag Instances").
        var tags = new TagInstance[module.Tags.Count];
        imports.Tags.CopyTo(tags, 0);
        for (int i = module.ImportedTagCount; i < tags.Length; i++)
        {
            int typeIndex = module.Tags[i].TypeIndex;
            tags[i] = new TagInstance((FuncType)module.Types[typeIndex].Composite, compiled.TypeIds[typeIndex]);
        }

        cx.Tags = tags;

        // Globals may refer to imported (and, with extended constants, earlier) globals.
        var globals = new GlobalCell[module.Globals.Count];
        imports.Globals.CopyTo(globals, 0);
        cx.Globals = globals;
        ValRaw?[] globalConstants = compiled.GlobalConstants;
        GlobalCell?[] sharedGlobals = compiled.SharedGlobals;
        for (int i = module.ImportedGlobalCount; i < globals.Length; i++)
        {
            if (sharedGlobals[i] is GlobalCell shared)
            {
                globals[i] = shared;
                continue;
            }

            GlobalInfo info = module.Globals[i];
            var cell = new GlobalCell(info.Type);
            cell.Set(globalConstants[i] ?? ConstExprEvaluator.Evaluate(module, info.Init!.Value, cx));
            globals[i] = cell;
        }

        var tables = new TableStorage[module.Tables.Count];
        imports.Tables.CopyTo(tables, 0);
        for (int i = module.ImportedTableCount; i < tables.Length; i++)
        {
            TableInfo info = module.Tables[i];
            object? init = info.Init is ConstExpr expr ? ConstExprEvaluator.Evaluate(module, expr, cx).Ref : null;
            CheckInitialTable(store, info.Type.Limits);
            tables[i] = new TableStorage(info.Type, init, store, store.Pool?.TableElements);
        }

        cx.Tables = tables;

        // Tables whose segments can be left to be filled at first use (Wasmtime's lazy table init).
        TableImage?[] tableImages = compiled.TableImages;
        for (int i = module.ImportedTableCount; i < tables.Length; i++)
        {
            if (tableImages[i] is TableImage tableImage)
            {
                tables[i].SetPendingImage(tableImage, cx);
            }
        }

        var memories = new LinearMemory[module.Memories.Count];
        imports.Memories.CopyTo(memories, 0);
        for (int i = module.ImportedMemoryCount; i < memories.Length; i++)
        {
            CheckInitialMemory(store, module.Memories[i]);
            MemoryImage? slotImage = i == 0 && store.Pool is not null ? compiled.MemoryImage : null;
            memories[i] = new LinearMemory(module.Memories[i], store, store.Pool, slotImage);
            store.Own(memories[i]);
        }

        cx.Memories = memories;
        cx.Memory0 = memories.Length > 0 ? memories[0] : null;

        // Every data segment already in place, if memory 0 maps the module's image of them.
        bool imaged = module.ImportedMemoryCount == 0 && memories.Length > 0 && compiled.MemoryImage is MemoryImage image && memories[0].TryMapImage(image);

        // An image stands for every segment (all active), each dropped as if applied: they stay empty.
        var data = new ReadOnlyMemory<byte>[module.Data.Count];
        for (int i = 0; i < data.Length && !imaged; i++)
        {
            data[i] = module.Bytes.Slice(module.Data[i].DataOffset, module.Data[i].DataLength);
        }

        cx.DataSegments = data;

        // Segments a table image stands for are never read, and declarative ones are dropped at once:
        // only the others need their references now.
        var elements = new object?[module.Elements.Count][];
        for (int i = 0; i < elements.Length; i++)
        {
            ElementSegment segment = module.Elements[i];
            bool byImage = segment.Mode == SegmentMode.Active && tableImages[segment.TableIndex] is not null;
            elements[i] = byImage || segment.Mode == SegmentMode.Declarative ? [] : EvaluateElements(module, segment, cx);
        }

        cx.ElementSegments = elements;

        for (int i = 0; i < module.Elements.Count; i++)
        {
            ElementSegment segment = module.Elements[i];
            if (segment.Mode == SegmentMode.Active && tableImages[segment.TableIndex] is null)
            {
                ValRaw offset = ConstExprEvaluator.Evaluate(module, segment.Offset, cx);
                if (module.Tables[segment.TableIndex].Type.Is64)
                {
                    Builtins64.TableInit(offset.AsI64, 0, segment.Count, i, segment.TableIndex, cx);
                }
                else
                {
                    Builtins.TableInit(offset.AsI32, 0, segment.Count, i, segment.TableIndex, cx);
                }
            }

            if (segment.Mode != SegmentMode.Passive)
            {
                Builtins.ElemDrop(i, cx);
            }
        }

        for (int i = 0; i < module.Data.Count && !imaged; i++)
        {
            DataSegment segment = module.Data[i];
            if (segment.Mode == SegmentMode.Active)
            {
                ValRaw offset = ConstExprEvaluator.Evaluate(module, segment.Offset, cx);
                if (module.Memories[segment.MemoryIndex].Is64)
                {
                    Builtins64.MemoryInit(offset.AsI64, 0, segment.DataLength, i, segment.MemoryIndex, cx);
                }
                else
                {
                    Builtins.MemoryInit(offset.AsI32, 0, segment.DataLength, i, segment.MemoryIndex, cx);
                }
                Builtins.DataDrop(i, cx);
            }
        }

        if (runStart && module.StartFunction is int start)
        {
            cx.Function(start).Call([]);
        }

        return cx;
    }

    private static object?[] EvaluateElements(ModuleInfo module, ElementSegment segment, InstanceContext cx)
    {
        var items = new object?[segment.Count];
        if (segment.FunctionIndices is int[] indices)
        {
            for (int j = 0; j < indices.Length; j++)
            {
                items[j] = cx.Function(indices[j]);
            }
        }
        else
        {
            for (int j = 0; j < items.Length; j++)
            {
                items[j] = ConstExprEvaluator.Evaluate(module, segment.Expressions![j], cx).Ref;
            }
        }

        return items;
    }

    // Wasmtime's Store::bump_resource_counts: defined memories and tables count, imports do not.
    private static void ReserveCounts(StoreContext store, ModuleInfo module)
    {
        ResourceLimiter? limiter = store.Limiter;
        int memories = module.Memories.Count - module.ImportedMemoryCount;
        int tables = module.Tables.Count - module.ImportedTableCount;
        Bump(store.InstanceCount, 1, limiter?.Instances ?? DefaultCountLimit, "instance");
        Bump(store.MemoryCount, memories, limiter?.Memories ?? DefaultCountLimit, "memory");
        Bump(store.TableCount, tables, limiter?.Tables ?? DefaultCountLimit, "table");
        store.InstanceCount++;
        store.MemoryCount += memories;
        store.TableCount += tables;
    }

    private static void Bump(int current, int amount, int max, string what)
    {
        long next = (long)current + amount;
        if (next > max)
        {
            throw new WasmResourceLimitException($"resource limit exceeded: {what} count too high at {next}");
        }
    }

    /// <summary>Asks the limiter whether a memory of <paramref name="type"/> may be created (Wasmtime asks for growth from 0).</summary>
    public static void CheckInitialMemory(StoreContext store, Types.MemoryType type)
    {
        GrowthRequest request = InitialMemory(type);
        if (store.Limiter is ResourceLimiter limiter && !limiter.MemoryGrowing(request.Current, request.Desired, request.Maximum))
        {
            throw new WasmResourceLimitException($"memory minimum size of {type.Limits.Minimum} pages exceeds memory limits");
        }
    }

    /// <summary>Asks the limiter whether a table with <paramref name="limits"/> may be created.</summary>
    public static void CheckInitialTable(StoreContext store, Types.Limits limits)
    {
        GrowthRequest request = InitialTable(limits);
        if (store.Limiter is ResourceLimiter limiter && !limiter.TableGrowing(request.Current, request.Desired, request.Maximum))
        {
            throw new WasmResourceLimitException($"table minimum size of {limits.Minimum} elements exceeds table limits");
        }
    }

    /// <summary>What instantiating <paramref name="module"/> asks the limiter, in order: its own tables, then its own memories.</summary>
    public static IEnumerable<GrowthRequest> InitialGrowths(ModuleInfo module)
    {
        for (int i = module.ImportedTableCount; i < module.Tables.Count; i++)
        {
            yield return InitialTable(module.Tables[i].Type.Limits);
        }

        for (int i = module.ImportedMemoryCount; i < module.Memories.Count; i++)
        {
            yield return InitialMemory(module.Memories[i]);
        }
    }

    private static GrowthRequest InitialMemory(Types.MemoryType type)
    {
        ulong bytes = type.Limits.Minimum << type.PageSizeLog2;
        long? max = type.Limits.Maximum is ulong m ? (long)Math.Min(m << type.PageSizeLog2, long.MaxValue) : null;
        return new GrowthRequest(true, 0, (long)Math.Min(bytes, long.MaxValue), max);
    }

    private static GrowthRequest InitialTable(Types.Limits limits)
    {
        long? max = limits.Maximum is ulong m ? (long)Math.Min(m, long.MaxValue) : null;
        return new GrowthRequest(false, 0, (long)Math.Min(limits.Minimum, long.MaxValue), max);
    }

    private static void CheckCount(string kind, int given, int expected)
    {
        if (given != expected)
        {
            throw new ArgumentException($"expected {expected} {kind} imports, found {given}");
        }
    }
}
