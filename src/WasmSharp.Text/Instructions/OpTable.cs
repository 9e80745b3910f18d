namespace WasmSharp.Text.Instructions;

/// <summary>
/// Mnemonic → encoding of the text format's plain instructions (spec 6.5 "Instructions"). The entries
/// (<c>Build</c>, in OpTable.g.cs) are generated from WasmSharp's operators.def by scripts/Operators,
/// so the text parser and the runtime read one definition of every operator.
/// </summary>
internal static partial class OpTable
{
    private static readonly Dictionary<string, OpInfo> s_ops = Build();

    public static bool TryGet(string name, out OpInfo info) => s_ops.TryGetValue(name, out info);

    public static IEnumerable<string> Names => s_ops.Keys;
}
