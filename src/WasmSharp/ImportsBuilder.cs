using WasmSharp.Binary;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>Collects checked imports, in import order, into the per-kind arrays instantiation takes.</summary>
internal sealed class ImportsBuilder
{
    private readonly FuncRef[] _functions;
    private readonly TableStorage[] _tables;
    private readonly LinearMemory[] _memories;
    private readonly GlobalCell[] _globals;
    private readonly TagInstance[] _tags;
    private int _function;
    private int _table;
    private int _memory;
    private int _global;
    private int _tag;

    /// <summary>Sizes the arrays for <paramref name="module"/>'s imports.</summary>
    public ImportsBuilder(ModuleInfo module)
    {
        _functions = new FuncRef[module.ImportedFunctionCount];
        _tables = new TableStorage[module.ImportedTableCount];
        _memories = new LinearMemory[module.ImportedMemoryCount];
        _globals = new GlobalCell[module.ImportedGlobalCount];
        _tags = new TagInstance[module.ImportedTagCount];
    }

    /// <summary>Adds the next import.</summary>
    public void Add(Extern item)
    {
        switch (item)
        {
            case Func f:
                _functions[_function++] = f.Ref;
                break;
            case Table t:
                _tables[_table++] = t.Storage;
                break;
            case Memory m:
                _memories[_memory++] = m.Storage;
                break;
            case SharedMemory s:
                _memories[_memory++] = s.Storage;
                break;
            case Global g:
                _globals[_global++] = g.Cell;
                break;
            case Tag tag:
                _tags[_tag++] = tag.Instance;
                break;
            default:
                break;
        }
    }

    /// <summary>Adds a function import given by reference.</summary>
    public void AddFunction(FuncRef function) => _functions[_function++] = function;

    /// <summary>The collected imports.</summary>
    public InstanceImports Build() => new()
    {
        Functions = _functions,
        Tables = _tables,
        Memories = _memories,
        Globals = _globals,
        Tags = _tags,
    };
}
