using WasmSharp.Text.Binary;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// The name section (spec appendix 7.4 "Name Section") from the text's identifiers, as Wasmtime's
/// text parser and <c>wat2wasm --debug-names</c> write it: the module's <c>$id</c> as its name
/// (subsection 0), every function's <c>$id</c> (1), the <c>$id</c>s of parameters and locals (2),
/// of block labels (3, by function label index: the order of the function's structured
/// instructions, as the extended name section defines it), of types, tables, memories, globals,
/// element and data segments (4 to 9), of structure fields (10) and of tags (11), without the
/// <c>$</c>, so that <c>Module.Name</c>, trap backtraces and tools that read the binary show them.
/// <c>wat2wasm --debug-names</c> (wabt 1.0.32) writes the same but for labels and fields.
/// </summary>
internal sealed partial class ModuleParser
{
    private string? _moduleName;

    // Per defined function with named parameters or locals: its function index and id → local index.
    private readonly List<(int Function, Dictionary<string, int> Locals)> _localNames = new();

    // Per defined function with named labels: its function index and (id, function label index).
    private readonly List<(int Function, List<(string Id, int Index)> Labels)> _labelNames = new();

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
        AddIndirectNameMap(s, 2, _localNames.Select(f => (f.Function, f.Locals.Select(l => (l.Key, l.Value)).ToList())));
        AddIndirectNameMap(s, 3, _labelNames.Select(f => (f.Function, f.Labels)));
        foreach ((byte id, IndexSpace space) in s_spaceSubsections)
        {
            if (id == 11)
            {
                // Field names (10) come between the data segments' (9) and the tags' (11).
                var fields = new List<(int Type, List<(string Id, int Index)> Fields)>();
                for (int type = 0; type < _m.Types.Count; type++)
                {
                    if (_m.Types[type].FieldNames.Count > 0)
                    {
                        fields.Add((type, _m.Types[type].FieldNames.Select(f => (f.Key, f.Value)).ToList()));
                    }
                }

                AddIndirectNameMap(s, 10, fields);
            }

            AddNameMap(s, id, _m.Names(space));
        }

        if (s.Length > empty)
        {
            // After every other section, where the appendix says the name section belongs.
            _customs.Add((int.MaxValue, int.MaxValue, s.ToArray()));
        }
    }

    // An indirect name map: outer indices ascending, each with its name map; none when empty.
    private static void AddIndirectNameMap(WasmWriter section, byte id, IEnumerable<(int Index, List<(string Id, int Index)> Names)> maps)
    {
        List<(int Index, List<(string Id, int Index)> Names)> list = maps.OrderBy(m => m.Index).ToList();
        if (list.Count == 0)
        {
            return;
        }

        var map = new WasmWriter();
        map.U32((uint)list.Count);
        foreach ((int index, List<(string Id, int Index)> names) in list)
        {
            map.U32((uint)index);
            WriteNameMap(map, names);
        }

        AddSubsection(section, id, map);
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
