namespace WasmSharp.Fuzz.Common;

/// <summary>The options every mode shares: what to run, for how long, and where failures go.</summary>
/// <param name="Mode">The subcommand name, written into every reproduction.</param>
/// <param name="Seed">The campaign seed; case i derives its own generator from (seed, i).</param>
/// <param name="Cases">How many cases to run, or null for no case limit.</param>
/// <param name="Seconds">How long to run, or null for no time limit.</param>
/// <param name="OutDir">Where each failure is saved as a reproduction folder.</param>
/// <param name="FirstCase">The index of the first case (a forked child resumes after a crashed case).</param>
/// <param name="CaseTimeout">How long one case may run before it counts as a hang.</param>
/// <param name="Fork">Whether to run the cases in child processes, so a crash of the runtime is recorded too.</param>
/// <param name="Features">Mode-specific feature list (diff: extra binaryen features).</param>
/// <param name="Verbose">Whether to print one line per case.</param>
/// <param name="MaxFailures">Stop after this many failures (null: never).</param>
/// <param name="ModeArguments">Mode-specific options that decide what a case does, repeated in every reproduction command.</param>
internal sealed record FuzzSettings(
    string Mode,
    ulong Seed,
    long? Cases,
    double? Seconds,
    string OutDir,
    long FirstCase,
    TimeSpan CaseTimeout,
    bool Fork,
    string Features,
    bool Verbose,
    long? MaxFailures,
    string ModeArguments = "")
{
    /// <summary>The arguments that rerun exactly case <paramref name="caseIndex"/> of this campaign.</summary>
    public string ReproduceArguments(long caseIndex) =>
        $"{Mode} --seed {Seed} --first-case {caseIndex} --cases 1" + (Features.Length > 0 ? $" --features {Features}" : "")
        + (ModeArguments.Length > 0 ? " " + ModeArguments : "");
}
