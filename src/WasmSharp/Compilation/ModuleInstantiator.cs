using WasmSharp.Binary;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// The steps of spec 4.5.4 "Instantiation" for a compiled module: allocate or adopt functions,
/// globals, tables and memories; evaluate segments; apply active element then data segments
/// (trapping on the first out-of-bounds one, earlier effects kept); drop active and declarative
/// segments; run the start function.
/// </summary>
internal static class ModuleInstantiator
{
    /// <summary>Instantiates <paramref name="compiled"/> in <paramref name="store"/> with <paramref name="imports"/>.</summary>
    public static InstanceContext Instantiate(CompiledModule compiled, StoreContext store, InstanceImports imports)
    {
        ModuleInfo module = compiled.Module;
        CheckCount("function", imports.Functions.Length, module.ImportedFunctionCount);
        CheckCount("table", imports.Tables.Length, module.ImportedTableCount);
        CheckCount("memory", imports.Memories.Length, module.ImportedMemoryCount);
        CheckCount("global", imports.Globals.Length, module.ImportedGlobalCount);

        var cx = new InstanceContext(store) { Owner = compiled };

        var functions = new FuncRef[module.FunctionTypes.Count];
        imports.Functions.CopyTo(functions, 0);
        for (int i = module.ImportedFunctionCount; i < functions.Length; i++)
        {
            functions[i] = new FuncRef(compiled.GetFunctionPointer(i), cx, module.GetFunctionType(i), compiled.FunctionTypeIds[i], compiled, i);
        }

        cx.Functions = functions;

        // Globals may refer to imported (and, with extended constants, earlier) globals.
        var globals = new GlobalCell[module.Globals.Count];
        imports.Globals.CopyTo(globals, 0);
        cx.Globals = globals;
        for (int i = module.ImportedGlobalCount; i < globals.Length; i++)
        {
            GlobalInfo info = module.Globals[i];
            var cell = new GlobalCell(info.Type);
            cell.Set(ConstExprEvaluator.Evaluate(module, info.Init!.Value, cx));
            globals[i] = cell;
        }

        var tables = new TableStorage[module.Tables.Count];
        imports.Tables.CopyTo(tables, 0);
        for (int i = module.ImportedTableCount; i < tables.Length; i++)
        {
            TableInfo info = module.Tables[i];
            object? init = info.Init is ConstExpr expr ? ConstExprEvaluator.Evaluate(module, expr, cx).Ref : null;
            tables[i] = new TableStorage(info.Type, init);
        }

        cx.Tables = tables;

        var memories = new LinearMemory[module.Memories.Count];
        imports.Memories.CopyTo(memories, 0);
        for (int i = module.ImportedMemoryCount; i < memories.Length; i++)
        {
            memories[i] = new LinearMemory(module.Memories[i]);
        }

        cx.Memories = memories;
        cx.Memory0 = memories.Length > 0 ? memories[0] : null;

        var data = new ReadOnlyMemory<byte>[module.Data.Count];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = module.Bytes.Slice(module.Data[i].DataOffset, module.Data[i].DataLength);
        }

        cx.DataSegments = data;

        var elements = new object?[module.Elements.Count][];
        for (int i = 0; i < elements.Length; i++)
        {
            elements[i] = EvaluateElements(module, module.Elements[i], cx);
        }

        cx.ElementSegments = elements;

        for (int i = 0; i < module.Elements.Count; i++)
        {
            ElementSegment segment = module.Elements[i];
            if (segment.Mode == SegmentMode.Active)
            {
                int offset = ConstExprEvaluator.Evaluate(module, segment.Offset, cx).AsI32;
                Builtins.TableInit(offset, 0, segment.Count, i, segment.TableIndex, cx);
            }

            if (segment.Mode != SegmentMode.Passive)
            {
                Builtins.ElemDrop(i, cx);
            }
        }

        for (int i = 0; i < module.Data.Count; i++)
        {
            DataSegment segment = module.Data[i];
            if (segment.Mode == SegmentMode.Active)
            {
                int offset = ConstExprEvaluator.Evaluate(module, segment.Offset, cx).AsI32;
                Builtins.MemoryInit(offset, 0, segment.DataLength, i, segment.MemoryIndex, cx);
                Builtins.DataDrop(i, cx);
            }
        }

        if (module.StartFunction is int start)
        {
            functions[start].Call([]);
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
                items[j] = cx.Functions[indices[j]];
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

    private static void CheckCount(string kind, int given, int expected)
    {
        if (given != expected)
        {
            throw new ArgumentException($"expected {expected} {kind} imports, found {given}");
        }
    }
}
