using WasmSharp.Text.Binary;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// The name section (spec appendix 7.4 "Name Section") from the text's identifiers, as Wasmtime's
/// text parser writes it: the module's <c>$id</c> as its name (subsection 0), every function's
/// <c>$id</c> (subsection 1) and the <c>$id</c>s of parameters and locals (subsection 2), without
/// the <c>$</c>, so that <c>Module.Name</c>, trap backtraces and tools that read the binary show them.
/// </summary>
internal sealed partial class ModuleParser
{
    private string? _moduleName;

    // Per defined function with named parameters or locals: its function index and id → local index.
    private readonly List<(int Function, Dictionary<string, int> Locals)> _localNames = new();

    private void AddNameSection()
    {
        // A name section the text spells out itself with @custom wins.
        foreach ((_, _, byte[] section) in _customs)
        {
            if (IsNameSection(section))
            {
                return;
            }
        }

        List<(string Id, int Index)> functions = _m.Names(IndexSpace.Func);
        if (_moduleName is null && functions.Count == 0 && _localNames.Count == 0)
        {
            return;
        }

        var s = new WasmWriter();
        s.Name("name");
        if (_moduleName is not null)
        {
            var module = new WasmWriter();
            module.Name(_moduleName[1..]);
            s.Byte(0);
            s.U32((uint)module.Length);
            s.Bytes(module);
        }

        if (functions.Count > 0)
        {
            functions.Sort((a, b) => a.Index.CompareTo(b.Index));
            var map = new WasmWriter();
            map.U32((uint)functions.Count);
            foreach ((string id, int index) in functions)
            {
                map.U32((uint)index);
                map.Name(id[1..]);
            }

            s.Byte(1);
            s.U32((uint)map.Length);
            s.Bytes(map);
        }

        if (_localNames.Count > 0)
        {
            // An indirect name map: function indices ascending, each with its locals ascending.
            var map = new WasmWriter();
            map.U32((uint)_localNames.Count);
            foreach ((int function, Dictionary<string, int> locals) in _localNames.OrderBy(f => f.Function))
            {
                map.U32((uint)function);
                map.U32((uint)locals.Count);
                foreach ((string id, int local) in locals.OrderBy(l => l.Value))
                {
                    map.U32((uint)local);
                    map.Name(id[1..]);
                }
            }

            s.Byte(2);
            s.U32((uint)map.Length);
            s.Bytes(map);
        }

        // After every other section, where the appendix says the name section belongs.
        _customs.Add((int.MaxValue, int.MaxValue, s.ToArray()));
    }

    private static bool IsNameSection(byte[] section)
    {
        // A custom section's content starts with its name: length 4, then "name".
        return section.Length >= 5 && section[0] == 4 && section[1] == (byte)'n' && section[2] == (byte)'a' && section[3] == (byte)'m' && section[4] == (byte)'e';
    }
}
