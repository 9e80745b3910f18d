using WasmSharp.Binary;

namespace WasmSharp.Vm;

/// <summary>
/// The functions a module's active element segments put into one of its own tables, slot by slot,
/// worked out once per module, so that an instantiation leaves those slots empty and each is filled
/// with its function reference at its first read (Wasmtime's lazy table initialization,
/// <c>table_lazy_init</c>): instantiating a C or Rust program then makes no function reference for
/// the hundreds of address-taken functions its table holds and it never calls indirectly.
/// Made only where that cannot differ from applying the segments: the table is defined by the
/// module, has no initializer expression, and every active segment for it lists function indices
/// at a constant offset within the table's minimum size, so none can trap.
/// </summary>
internal sealed class TableImage
{
    private readonly int[] _functions;

    private TableImage(int start, int[] functions)
    {
        Start = start;
        _functions = functions;
    }

    /// <summary>The first slot a segment writes; slots before it start null.</summary>
    public int Start { get; }

    /// <summary>The number of slots from <see cref="Start"/> the image covers; slots after them start null.</summary>
    public int Length => _functions.Length;

    /// <summary>The function slot <paramref name="slot"/> starts with, or -1 for a slot that starts null.</summary>
    public int FunctionAt(int slot)
    {
        int relative = slot - Start;
        return (uint)relative < (uint)_functions.Length ? _functions[relative] : -1;
    }

    /// <summary>
    /// The image of every table of <paramref name="module"/>, by table index; null for an imported
    /// table, a table no active segment writes, and a table whose segments must be applied one by one.
    /// </summary>
    public static TableImage?[] CreateAll(ModuleInfo module)
    {
        var images = new TableImage?[module.Tables.Count];
        for (int table = module.ImportedTableCount; table < images.Length; table++)
        {
            images[table] = TryCreate(module, table);
        }

        return images;
    }

    private static TableImage? TryCreate(ModuleInfo module, int table)
    {
        TableInfo info = module.Tables[table];
        if (info.Init is not null)
        {
            return null;
        }

        ulong minimum = info.Type.Limits.Minimum;
        ulong start = ulong.MaxValue;
        ulong end = 0;
        foreach (ElementSegment segment in module.Elements)
        {
            if (segment.Mode != SegmentMode.Active || segment.TableIndex != table)
            {
                continue;
            }

            if (segment.FunctionIndices is null || ConstExprEvaluator.ConstantOffset(module, segment.Offset) is not ulong offset
                || offset + (ulong)segment.Count > minimum)
            {
                return null;
            }

            if (segment.Count > 0)
            {
                start = Math.Min(start, offset);
                end = Math.Max(end, offset + (ulong)segment.Count);
            }
        }

        if (end == 0)
        {
            return null;
        }

        // Segments overlap or leave gaps as they like: apply them in order, later ones winning, as
        // instantiation would (spec 4.5.4, step 14).
        var functions = new int[end - start];
        for (int i = 0; i < functions.Length; i++)
        {
            functions[i] = -1; // not Array.Fill, as in OperatorTable
        }

        foreach (ElementSegment segment in module.Elements)
        {
            if (segment.Mode == SegmentMode.Active && segment.TableIndex == table)
            {
                ulong offset = ConstExprEvaluator.ConstantOffset(module, segment.Offset)!.Value;
                segment.FunctionIndices!.CopyTo(functions, (int)(offset - start));
            }
        }

        return new TableImage((int)start, functions);
    }
}
