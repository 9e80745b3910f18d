namespace WasmSharp.Text.Instructions;

/// <summary>
/// Mnemonic → encoding table, assembled from per-family tables. Each family is written as lines of
/// <c>mnemonic opcode [immediate] [align]</c> where opcode is hex, optionally <c>prefix:subopcode</c>.
/// </summary>
internal static class OpTable
{
    private static readonly Dictionary<string, OpInfo> s_ops = Build();

    public static bool TryGet(string name, out OpInfo info) => s_ops.TryGetValue(name, out info);

    public static IEnumerable<string> Names => s_ops.Keys;

    private static Dictionary<string, OpInfo> Build()
    {
        var d = new Dictionary<string, OpInfo>(StringComparer.Ordinal);
        foreach (var table in new[] { ControlOps.Table, NumericOps.Table, MemoryOps.Table, ReferenceOps.Table, SimdOps.Table, AtomicOps.Table })
        {
            foreach (var raw in table.Split('\n'))
            {
                var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                {
                    continue;
                }

                byte prefix = 0;
                string code = parts[1];
                int colon = code.IndexOf(':');
                if (colon >= 0)
                {
                    prefix = Convert.ToByte(code[..colon], 16);
                    code = code[(colon + 1)..];
                }

                var imm = parts.Length > 2 ? Enum.Parse<ImmediateKind>(parts[2]) : ImmediateKind.None;
                int align = parts.Length > 3 ? int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) : 0;
                d.Add(parts[0], new OpInfo(prefix, Convert.ToUInt32(code, 16), imm, align));
            }
        }

        return d;
    }
}
