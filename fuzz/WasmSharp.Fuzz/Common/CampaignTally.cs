using System.Text;

namespace WasmSharp.Fuzz.Common;

/// <summary>Counts a campaign's verdicts and the reasons for skips, and prints the summary.</summary>
internal sealed class CampaignTally
{
    private readonly string _mode;
    private readonly Dictionary<string, int> _skipReasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _passKinds = new(StringComparer.Ordinal);

    public CampaignTally(string mode)
    {
        _mode = mode;
    }

    /// <summary>Cases that passed.</summary>
    public int Passed { get; private set; }

    /// <summary>Cases that were skipped.</summary>
    public int Skipped { get; private set; }

    /// <summary>Cases that failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Counts one case and prints it when verbose, or when it failed.</summary>
    public void Record(CaseResult result, long index, string? savedDir, bool verbose)
    {
        switch (result.Verdict)
        {
            case CaseVerdict.Pass:
                Passed++;
                string kind = result.Detail.Split(' ', ':', ';')[0];
                _passKinds[kind] = _passKinds.GetValueOrDefault(kind) + 1;
                break;
            case CaseVerdict.Skip:
                Skipped++;
                string reason = FirstLine(result.Detail);
                _skipReasons[reason] = _skipReasons.GetValueOrDefault(reason) + 1;
                break;
            default:
                Failed++;
                break;
        }

        if (result.Verdict == CaseVerdict.Fail)
        {
            Console.WriteLine($"case {index}: FAIL {FirstLine(result.Detail)} -> {savedDir}");
        }
        else if (verbose)
        {
            Console.WriteLine($"case {index}: {result.Verdict.ToString().ToUpperInvariant()} {FirstLine(result.Detail)}");
        }
    }

    /// <summary>Prints the summary and the most frequent skip reasons.</summary>
    public void Print(TimeSpan elapsed) => Console.Write(Summary(elapsed));

    /// <summary>Writes the summary to a file (a forking parent collects its children's summaries there).</summary>
    public void WriteTo(string path) => File.WriteAllText(path, Summary(null));

    private string Summary(TimeSpan? elapsed)
    {
        var text = new StringBuilder();
        string time = elapsed is TimeSpan t ? $" in {t.TotalSeconds:F1} s" : "";
        text.AppendLine($"{_mode}: {Passed + Skipped + Failed} cases{time}: {Passed} passed, {Skipped} skipped, {Failed} failed");
        if (_passKinds.Count is > 1 and <= 8)
        {
            text.AppendLine("  passed: " + string.Join(", ", _passKinds.OrderByDescending(pair => pair.Value).Take(8).Select(pair => $"{pair.Value}x {pair.Key}")));
        }

        foreach ((string reason, int count) in _skipReasons.OrderByDescending(pair => pair.Value).Take(8))
        {
            text.AppendLine($"  skipped {count}x: {reason}");
        }

        return text.ToString();
    }

    private static string FirstLine(string text)
    {
        int end = text.IndexOf('\n');
        string line = end < 0 ? text : text[..end];
        return line.Length > 200 ? line[..200] + "..." : line;
    }
}
