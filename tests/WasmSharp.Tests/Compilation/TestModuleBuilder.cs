using WasmSharp.Binary;
using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Tests.Compilation;

/// <summary>Builds a <see cref="ModuleInfo"/> in code (no decoder needed): bodies and constant expressions go into one byte buffer.</summary>
internal sealed class TestModuleBuilder
{
    private readonly List<byte> _bytes = new() { 0, 0x61, 0x73, 0x6D };
    private readonly List<FuncType> _types = new();
    private readonly List<(int Type, ValType[] Locals, int Offset, int Length)> _functions = new();
    private readonly List<(string Module, string Name, int Type)> _functionImports = new();
    private readonly List<MemoryType> _memories = new();
    private readonly List<TableInfo> _tables = new();
    private readonly List<GlobalInfo> _globals = new();
    private readonly List<ExportInfo> _exports = new();
    private readonly List<ElementSegment> _elements = new();
    private readonly List<DataSegment> _data = new();
    private int _importedMemories;
    private int _importedGlobals;
    private int _importedTables;

    public int? Start { get; set; }

    public int AddType(ValType[] parameters, ValType[] results)
    {
        _types.Add(new FuncType(parameters, results));
        return _types.Count - 1;
    }

    public int ImportFunction(int type)
    {
        if (_functions.Count > 0)
        {
            throw new InvalidOperationException("imports come first");
        }

        _functionImports.Add(("env", "f" + _functionImports.Count, type));
        return _functionImports.Count - 1;
    }

    /// <summary>Adds a function; <paramref name="body"/> must end with <c>end</c>. Returns its function index.</summary>
    public int AddFunction(int type, ValType[] locals, Code body)
    {
        (int offset, int length) = Append(body.ToArray());
        _functions.Add((type, locals, offset, length));
        return _functionImports.Count + _functions.Count - 1;
    }

    public int AddFunction(ValType[] parameters, ValType[] results, ValType[] locals, Code body) =>
        AddFunction(AddType(parameters, results), locals, body);

    public int AddMemory(ulong min, ulong? max = null, bool imported = false)
    {
        _memories.Add(new MemoryType(new Limits(min, max), false, false));
        if (imported)
        {
            _importedMemories++;
        }

        return _memories.Count - 1;
    }

    public int AddTable(ulong min, ulong? max = null, ValType? element = null, bool imported = false)
    {
        _tables.Add(new TableInfo(new TableType(element ?? ValType.FuncRef, new Limits(min, max), false), null));
        if (imported)
        {
            _importedTables++;
        }

        return _tables.Count - 1;
    }

    public int ImportGlobal(ValType type, bool mutable)
    {
        _globals.Add(new GlobalInfo(new GlobalType(type, mutable), null));
        _importedGlobals++;
        return _globals.Count - 1;
    }

    public int AddGlobal(ValType type, bool mutable, Code init)
    {
        _globals.Add(new GlobalInfo(new GlobalType(type, mutable), Expr(init)));
        return _globals.Count - 1;
    }

    public void Export(string name, ExternKind kind, int index) => _exports.Add(new ExportInfo(name, kind, index));

    public int AddActiveElements(int table, int offset, params int[] functions)
    {
        _elements.Add(new ElementSegment
        {
            Mode = SegmentMode.Active,
            TableIndex = table,
            Offset = Expr(new Code().I32Const(offset).End()),
            ElementType = ValType.FuncRef,
            FunctionIndices = functions,
        });
        return _elements.Count - 1;
    }

    public int AddPassiveElements(params int[] functions)
    {
        _elements.Add(new ElementSegment { Mode = SegmentMode.Passive, ElementType = ValType.FuncRef, FunctionIndices = functions });
        return _elements.Count - 1;
    }

    public int AddActiveData(int offset, byte[] bytes)
    {
        (int at, int length) = Append(bytes);
        _data.Add(new DataSegment(SegmentMode.Active, 0, Expr(new Code().I32Const(offset).End()), at, length));
        return _data.Count - 1;
    }

    public int AddPassiveData(byte[] bytes)
    {
        (int at, int length) = Append(bytes);
        _data.Add(new DataSegment(SegmentMode.Passive, 0, default, at, length));
        return _data.Count - 1;
    }

    public ModuleInfo Build()
    {
        var module = new ModuleInfo(_bytes.ToArray());
        foreach (FuncType type in _types)
        {
            module.Types.Add(new SubType(true, [], type));
            module.RecGroups.Add(new RecGroup(module.Types.Count - 1, 1));
        }

        foreach ((string mod, string name, int type) in _functionImports)
        {
            module.Imports.Add(new ImportInfo(mod, name, ExternKind.Func, module.FunctionTypes.Count));
            module.FunctionTypes.Add(type);
        }

        module.ImportedFunctionCount = _functionImports.Count;
        foreach ((int type, ValType[] locals, int offset, int length) in _functions)
        {
            module.FunctionTypes.Add(type);
            LocalDecl[] decls = locals.Select(l => new LocalDecl(1, l)).ToArray();
            module.Bodies.Add(new FunctionBody(decls, locals.Length, offset, offset, length));
        }

        module.Memories.AddRange(_memories);
        module.ImportedMemoryCount = _importedMemories;
        module.Tables.AddRange(_tables);
        module.ImportedTableCount = _importedTables;
        module.Globals.AddRange(_globals);
        module.ImportedGlobalCount = _importedGlobals;
        module.Exports.AddRange(_exports);
        module.Elements.AddRange(_elements);
        module.Data.AddRange(_data);
        module.StartFunction = Start;
        return module;
    }

    /// <summary>Compiles and instantiates the module.</summary>
    public TestInstance Instantiate(InstanceImports? imports = null, StoreContext? store = null)
    {
        CompiledModule compiled = ModuleCompiler.Compile(Build());
        return new TestInstance(compiled, compiled.Instantiate(store ?? new StoreContext(), imports ?? InstanceImports.None));
    }

    private ConstExpr Expr(Code code)
    {
        (int offset, int length) = Append(code.ToArray());
        return new ConstExpr(offset, length);
    }

    private (int Offset, int Length) Append(byte[] bytes)
    {
        int offset = _bytes.Count;
        _bytes.AddRange(bytes);
        return (offset, bytes.Length);
    }
}
