using System.Globalization;

namespace WasmSharp.Generators;

/// <summary>A proposal of <c>operators.def</c>: its name there, its <c>WasmFeatures</c> member (null for the MVP) and how error messages name it.</summary>
internal sealed record OperatorFeature(string Name, string? Member, string Proposal);

/// <summary>
/// One operator line of <c>operators.def</c>. <see cref="Requirements"/> lists the features needed
/// in checking order, each a set of alternatives; <see cref="Params"/> and <see cref="Results"/> are
/// null when the type is not fixed (<c>*</c>).
/// </summary>
internal sealed record OperatorLine(
    byte Prefix,
    uint Code,
    string Name,
    bool InText,
    string Immediate,
    int Align,
    IReadOnlyList<IReadOnlyList<OperatorFeature>> Requirements,
    IReadOnlyList<string>? Params,
    IReadOnlyList<string>? Results)
{
    /// <summary>The C# member name: the mnemonic in PascalCase (<c>i8x16.extract_lane_s</c> → <c>I8x16ExtractLaneS</c>).</summary>
    public string Member => string.Concat(Name.Split('.', '_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The encoding as written in the definition: <c>6A</c> or <c>FD:10A</c>.</summary>
    public string Encoding => Prefix == 0 ? $"{Code:X2}" : $"{Prefix:X2}:{Code:X2}";
}

/// <summary>Reads <c>operators.def</c> (its format is described in the file's header) and checks it is consistent.</summary>
internal static class OperatorDefinition
{
    private static readonly HashSet<string> s_typeTokens = ["i32", "i64", "f32", "f64", "v128", "at"];

    private static readonly HashSet<byte> s_prefixes = [0xFB, 0xFC, 0xFD, 0xFE];

    /// <summary>Parses <paramref name="text"/>: its feature lines and its operator lines in file order.</summary>
    /// <exception cref="FormatException">A line is malformed, or a name or an encoding is defined twice.</exception>
    public static (IReadOnlyList<OperatorFeature> Features, IReadOnlyList<OperatorLine> Operators) Parse(string text)
    {
        var features = new Dictionary<string, OperatorFeature>(StringComparer.Ordinal);
        var operators = new List<OperatorLine>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        var encodings = new HashSet<(byte, uint)>();
        int lineNumber = 0;
        foreach (string raw in text.Split('\n'))
        {
            lineNumber++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "feature")
            {
                if (fields.Length < 4)
                {
                    throw Error(lineNumber, "a feature line is: feature <name> <WasmFeatures member or -> <proposal>");
                }

                string proposal = string.Join(' ', fields[3..]);
                features.Add(fields[1], new OperatorFeature(fields[1], fields[2] == "-" ? null : fields[2], proposal));
                continue;
            }

            if (fields.Length < 7)
            {
                throw Error(lineNumber, "an operator line is: encoding name text imm align feature type");
            }

            OperatorLine op = ParseOperator(fields, features, lineNumber);
            if (!names.Add(op.Name) || !members.Add(op.Member))
            {
                throw Error(lineNumber, $"{op.Name} is defined twice");
            }

            if (!encodings.Add((op.Prefix, op.Code)))
            {
                throw Error(lineNumber, $"encoding {op.Encoding} is defined twice");
            }

            operators.Add(op);
        }

        return (features.Values.ToList(), operators);
    }

    private static OperatorLine ParseOperator(string[] fields, Dictionary<string, OperatorFeature> features, int lineNumber)
    {
        string[] encoding = fields[0].Split(':');
        byte prefix = encoding.Length == 2 ? byte.Parse(encoding[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : (byte)0;
        uint code = uint.Parse(encoding[^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (prefix != 0 && !s_prefixes.Contains(prefix) || prefix == 0 && (code > 0xFF || s_prefixes.Contains((byte)code)))
        {
            throw Error(lineNumber, $"bad encoding {fields[0]}");
        }

        if (fields[2] is not ("+" or "-"))
        {
            throw Error(lineNumber, "the text column is + or -");
        }

        int align = fields[4] == "-" ? -1 : int.Parse(fields[4], CultureInfo.InvariantCulture);
        var requirements = new List<IReadOnlyList<OperatorFeature>>();
        foreach (string all in fields[5].Split('+'))
        {
            var anyOf = new List<OperatorFeature>();
            foreach (string name in all.Split('|'))
            {
                anyOf.Add(features.TryGetValue(name, out OperatorFeature? feature) ? feature : throw Error(lineNumber, $"unknown feature {name}"));
            }

            if (anyOf.Any(f => f.Member is null))
            {
                if (anyOf.Count != 1 || fields[5] != all)
                {
                    throw Error(lineNumber, "the MVP cannot be combined with another feature");
                }

                continue;
            }

            requirements.Add(anyOf);
        }

        IReadOnlyList<string>? parameters = null, results = null;
        string[] type = fields[6..];
        if (type is not ["*"])
        {
            int arrow = Array.IndexOf(type, "->");
            if (arrow < 0 || type.Where((token, i) => i != arrow && !s_typeTokens.Contains(token)).Any())
            {
                throw Error(lineNumber, $"bad type {string.Join(' ', type)}");
            }

            parameters = type[..arrow];
            results = type[(arrow + 1)..];
        }

        string immediate = fields[3] == "-" ? "None" : fields[3];
        return new OperatorLine(prefix, code, fields[1], fields[2] == "+", immediate, align, requirements, parameters, results);
    }

    private static FormatException Error(int line, string message) => new($"operators.def line {line}: {message}");
}
