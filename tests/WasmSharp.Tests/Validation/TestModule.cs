using Xunit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Validation;

namespace WasmSharp.Tests.Validation;

/// <summary>
/// Builds a <see cref="ModuleInfo"/> directly (the decoder lands separately): function bodies and
/// constant expressions are appended to one byte buffer and referenced by range, as the decoder does.
/// </summary>
internal sealed class TestModule
{
    private readonly List<byte> _bytes = new() { 0, 0x61, 0x73, 0x6D, 1, 0, 0, 0 };
    private readonly List<SubType> _types = new();
    private readonly List<RecGroup> _groups = new();
    private readonly List<int> _functionTypes = new();
    private readonly List<(LocalDecl[] Locals, int Offset, int Length)> _bodies = new();
    private readonly List<TableInfo> _tables = new();
    private readonly List<MemoryType> _memories = new();
    private readonly List<GlobalInfo> _globals = new();
    private readonly List<TagType> _tags = new();
    private readonly List<ExportInfo> _exports = new();
    private readonly List<ElementSegment> _elements = new();
    private readonly List<DataSegment> _data = new();
    private int _importedFunctions;
    private int _importedGlobals;
    private int _importedTables;
    private int _importedMemories;

    public static ValType I32 => ValType.I32;
    public static ValType I64 => ValType.I64;
    public static ValType F32 => ValType.F32;
    public static ValType F64 => ValType.F64;
    public static ValType V128 => ValType.V128;

    public static ValType Ref(int typeIndex, bool nullable = false) => ValType.Ref(HeapType.FromIndex(typeIndex), nullable);

    public static ValType Ref(AbstractHeapType heap, bool nullable = false) => ValType.Ref(heap, nullable);

    public uint? DataCount { get; set; }

    public int? Start { get; set; }

    /// <summary>Adds a final function type in its own rec group.</summary>
    public int FuncType(ValType[] parameters, ValType[] results) => AddGroup(new SubType(true, [], new FuncType(parameters, results)));

    /// <summary>Adds a type in its own rec group.</summary>
    public int Type(CompositeType composite, bool isFinal = true, params int[] supertypes) => AddGroup(new SubType(isFinal, supertypes, composite));

    /// <summary>Adds an explicit rec group.</summary>
    public int RecGroup(params SubType[] types)
    {
        int start = _types.Count;
        _types.AddRange(types);
        _groups.Add(new RecGroup(start, types.Length));
        return start;
    }

    private int AddGroup(SubType sub) => RecGroup(sub);

    public int ImportFunction(int typeIndex)
    {
        if (_bodies.Count > 0)
        {
            throw new InvalidOperationException("imports first");
        }

        _functionTypes.Add(typeIndex);
        _importedFunctions++;
        return _functionTypes.Count - 1;
    }

    /// <summary>Adds a defined function; <paramref name="code"/> is the instruction bytes, normally ending with 0x0B.</summary>
    public int Function(int typeIndex, ValType[] locals, params byte[] code)
    {
        int offset = Append(code);
        LocalDecl[] decls = locals.Select(l => new LocalDecl(1, l)).ToArray();
        _functionTypes.Add(typeIndex);
        _bodies.Add((decls, offset, code.Length));
        return _functionTypes.Count - 1;
    }

    /// <summary>A function of type [] -> [] without locals.</summary>
    public int Function(params byte[] code) => Function(FuncType([], []), [], code);

    public int Memory(ulong min = 1, ulong? max = null, bool is64 = false, bool shared = false, int pageSizeLog2 = 16)
    {
        _memories.Add(new MemoryType(new Limits(min, max), is64, shared, pageSizeLog2));
        return _memories.Count - 1;
    }

    public int ImportMemory(ulong min = 1, ulong? max = null, bool is64 = false)
    {
        _importedMemories++;
        return Memory(min, max, is64);
    }

    public int Table(ValType element, ulong min = 1, ulong? max = null, bool is64 = false, byte[]? init = null)
    {
        _tables.Add(new TableInfo(new TableType(element, new Limits(min, max), is64), init is null ? null : Expr(init)));
        return _tables.Count - 1;
    }

    public int ImportTable(ValType element, ulong min = 1)
    {
        _importedTables++;
        _tables.Add(new TableInfo(new TableType(element, new Limits(min, null), false), null));
        return _tables.Count - 1;
    }

    public int Global(ValType type, bool mutable, params byte[] init)
    {
        _globals.Add(new GlobalInfo(new GlobalType(type, mutable), Expr(init)));
        return _globals.Count - 1;
    }

    public int ImportGlobal(ValType type, bool mutable)
    {
        _importedGlobals++;
        _globals.Add(new GlobalInfo(new GlobalType(type, mutable), null));
        return _globals.Count - 1;
    }

    public int Tag(int typeIndex)
    {
        _tags.Add(new TagType(typeIndex));
        return _tags.Count - 1;
    }

    public void Export(string name, ExternKind kind, int index) => _exports.Add(new ExportInfo(name, kind, index));

    public int PassiveElem(ValType type, params int[] functions)
    {
        _elements.Add(new ElementSegment { Mode = SegmentMode.Passive, ElementType = type, FunctionIndices = functions });
        return _elements.Count - 1;
    }

    public int DeclarativeElem(params int[] functions)
    {
        _elements.Add(new ElementSegment { Mode = SegmentMode.Declarative, ElementType = ValType.FuncRef, FunctionIndices = functions });
        return _elements.Count - 1;
    }

    public int ActiveElem(int table, byte[] offset, ValType type, params int[] functions)
    {
        _elements.Add(new ElementSegment { Mode = SegmentMode.Active, TableIndex = table, Offset = Expr(offset), ElementType = type, FunctionIndices = functions });
        return _elements.Count - 1;
    }

    public int ExprElem(ValType type, params byte[][] expressions)
    {
        _elements.Add(new ElementSegment { Mode = SegmentMode.Passive, ElementType = type, Expressions = expressions.Select(Expr).ToArray() });
        return _elements.Count - 1;
    }

    public int PassiveData(int length = 1)
    {
        int offset = Append(new byte[length]);
        _data.Add(new DataSegment(SegmentMode.Passive, 0, default, offset, length));
        return _data.Count - 1;
    }

    public int ActiveData(int memory, byte[] offsetExpr)
    {
        ConstExpr e = Expr(offsetExpr);
        _data.Add(new DataSegment(SegmentMode.Active, memory, e, 0, 0));
        return _data.Count - 1;
    }

    public ConstExpr Expr(byte[] code) => new(Append(code), code.Length);

    private int Append(byte[] code)
    {
        int offset = _bytes.Count;
        _bytes.AddRange(code);
        return offset;
    }

    public ModuleInfo Build()
    {
        ModuleInfo m = new(_bytes.ToArray());
        m.Types.AddRange(_types);
        m.RecGroups.AddRange(_groups);
        m.FunctionTypes.AddRange(_functionTypes);
        m.ImportedFunctionCount = _importedFunctions;
        m.Tables.AddRange(_tables);
        m.ImportedTableCount = _importedTables;
        m.Memories.AddRange(_memories);
        m.ImportedMemoryCount = _importedMemories;
        m.Globals.AddRange(_globals);
        m.ImportedGlobalCount = _importedGlobals;
        m.Tags.AddRange(_tags);
        m.Exports.AddRange(_exports);
        m.StartFunction = Start;
        m.Elements.AddRange(_elements);
        m.Data.AddRange(_data);
        m.DataCount = DataCount;
        foreach ((LocalDecl[] locals, int offset, int length) in _bodies)
        {
            m.Bodies.Add(new FunctionBody(locals, locals.Length, offset, offset, length));
        }

        return m;
    }

    public void Validate(WasmFeatures features = WasmFeatures.All) => ModuleValidator.Validate(Build(), features);

    /// <summary>Asserts the module is invalid with a reason starting with <paramref name="reason"/>.</summary>
    public WasmValidationException AssertInvalid(string reason, WasmFeatures features = WasmFeatures.All)
    {
        WasmValidationException e = Assert.Throws<WasmValidationException>(() => Validate(features));
        Assert.StartsWith(reason, e.Reason);
        return e;
    }

    /// <summary>Asserts the module is malformed with a reason starting with <paramref name="reason"/>.</summary>
    public WasmFormatException AssertMalformed(string reason)
    {
        WasmFormatException e = Assert.Throws<WasmFormatException>(() => Validate());
        Assert.StartsWith(reason, e.Reason);
        return e;
    }
}
