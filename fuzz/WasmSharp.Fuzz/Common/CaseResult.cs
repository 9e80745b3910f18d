namespace WasmSharp.Fuzz.Common;

/// <summary>The outcome of one case: its verdict and, for skips and failures, why.</summary>
/// <param name="Verdict">Pass, skip or fail.</param>
/// <param name="Detail">What diverged or why the case was skipped; empty for a pass.</param>
internal sealed record CaseResult(CaseVerdict Verdict, string Detail)
{
    /// <summary>A passing case.</summary>
    public static CaseResult Pass { get; } = new(CaseVerdict.Pass, "");

    /// <summary>A passing case, with what was checked (printed by --verbose).</summary>
    public static CaseResult Passed(string checkedWhat) => new(CaseVerdict.Pass, checkedWhat);

    /// <summary>A skipped case, with the reason.</summary>
    public static CaseResult Skip(string reason) => new(CaseVerdict.Skip, reason);

    /// <summary>A failing case, with what went wrong.</summary>
    public static CaseResult Fail(string detail) => new(CaseVerdict.Fail, detail);
}
