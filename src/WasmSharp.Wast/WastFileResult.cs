namespace WasmSharp.Wast;

/// <summary>The outcome of running one script.</summary>
public sealed class WastFileResult
{
    /// <summary>Creates an empty result for <paramref name="fileName"/>.</summary>
    public WastFileResult(string fileName) => FileName = fileName;

    /// <summary>The script's file name as given.</summary>
    public string FileName { get; }

    /// <summary>Commands that did what the script expects.</summary>
    public int Passed { get; internal set; }

    /// <summary>Commands that did not; see <see cref="Failures"/>.</summary>
    public int Failed => Failures.Count;

    /// <summary>Commands not checked (execution is not available in the chosen mode), with the reason in <see cref="SkipReasons"/>.</summary>
    public int Skipped { get; internal set; }

    /// <summary>Every failure, in script order.</summary>
    public List<WastFailure> Failures { get; } = new();

    /// <summary>Why commands were skipped, with how many of each.</summary>
    public Dictionary<string, int> SkipReasons { get; } = new();

    /// <summary>
    /// Rejections expected by <c>assert_malformed</c>/<c>assert_invalid</c> (and their custom forms)
    /// that did happen.
    /// </summary>
    public int Rejections { get; internal set; }

    /// <summary>Of <see cref="Rejections"/>, those whose error message contains the text the script expects.</summary>
    public int MatchingRejectionMessages { get; internal set; }

    /// <summary>Rejections whose message differs from the expected text: (line, expected, actual).</summary>
    public List<(int Line, string Expected, string Actual)> MessageMismatches { get; } = new();

    /// <summary>The per-file summary line.</summary>
    public override string ToString() => $"{FileName}: {Passed} passed, {Failed} failed, {Skipped} skipped";

    internal void Skip(string reason)
    {
        Skipped++;
        SkipReasons[reason] = SkipReasons.GetValueOrDefault(reason) + 1;
    }
}
