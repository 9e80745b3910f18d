using WasmSharp.Text.Binary;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// The name section (spec appendix 7.4 "Name Section") from the text's identifiers, as Wasmtime's
/// text parser and <c>wat2wasm --debug-names</c> write it: the module's <c>$id</c> as its name
/// (subsection 0), every function's <c>$id</c> (1), the <c>$id</c>s of parameters and locals (2), and
/// those of types, tables, memories, globals, element and data segments and tags (4 to 9 and 11),
/// without the <c>$</c>, so that <c>Module.Name</c>, trap backtraces and tools that read the binary
/// show them. Labels (3) and fields (10) are not written.
/// </summary>
internal sealed partial class ModuleParser
{
    private string? _moduleName;

    // Per defined function with named parameters or locals: its function index and id → local index.
    private readonly List<(int Function, Dictionary<string, int> Locals)> _localNames = new();

    // Subsections of the extended name section (Wasm 3.0 appendix "Name Section") that are plain name
    // maps of one index space, in the order they must appear, after the local names (2).
    private static readonly (byte Id, IndexSpace Space)[] s_spaceSubsections =
    [
        (4, IndexSpace.Type), (5, IndexSpace.Table), (6, IndexSpace.Memory), (7, IndexSpace.Global),
        (8, IndexSpace.Elem), (9, IndexSpace.Data), (11, IndexSpace.Tag),
    ];

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

        var s = new WasmWriter();
        s.Name("name");
        int empty = s.Length;
        if (_moduleName is not null)
        {
            var module = new WasmWriter();
            module.Name(_moduleName[1..]);
            AddSubsection(s, 0, module);
        }

        AddNameMap(s, 1, _m.Names(IndexSpace.Func));
        if (_localNames.Count > 0)
        {
            // An indirect name map: function indices ascending, each with its locals ascending.
            var map = new WasmWriter();
            map.U32((uint)_localNames.Count);
            foreach ((int function, Dictionary<string, int> locals) in _localNames.OrderBy(f => f.Function))
            {
                map.U32((uint)function);
                WriteNameMap(map, locals.Select(l => (l.Key, l.Value)).ToList());
            }

            AddSubsection(s, 2, map);
        }

        foreach ((byte id, IndexSpace space) in s_spaceSubsections)
        {
            AddNameMap(s, id, _m.Names(space));
        }

        if (s.Length > empty)
        {
            // After every other section, where the appendix says the name section belongs.
            _customs.Add((int.MaxValue, int.MaxValue, s.ToArray()));
        }
    }

    private static void AddNameMap(WasmWriter section, byte id, List<(string Id, int Index)> names)
    {
        if (names.Count > 0)
        {
            var map = new WasmWriter();
            WriteNameMap(map, names);
            AddSubsection(section, id, map);
        }
    }

    // A name map: count, then (index, name) by ascending index, names without their '$'.
    private static void WriteNameMap(WasmWriter map, List<(string Id, int Index)> names)
    {
        names.Sort((a, b) => a.Index.CompareTo(b.Index));
        map.U32((uint)names.Count);
        foreach ((string id, int index) in names)
        {
            map.U32((uint)index);
            map.Name(id[1..]);
        }
    }

    private static void AddSubsection(WasmWriter section, byte id, WasmWriter content)
    {
        section.Byte(id);
        section.U32((uint)content.Length);
        section.Bytes(content);
    }

    private static bool IsNameSection(byte[] section)
    {
        // A custom section's content starts with its name: length 4, then "name".
        return section.Length >= 5 && section[0] == 4 && section[1] == (byte)'n' && section[2] == (byte)'a' && section[3] == (byte)'m' && section[4] == (byte)'e';
    }
}
