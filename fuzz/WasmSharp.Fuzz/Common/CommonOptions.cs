using System.CommandLine;

namespace WasmSharp.Fuzz.Common;

/// <summary>The options every mode takes, added to each subcommand, and their conversion to <see cref="FuzzSettings"/>.</summary>
internal sealed class CommonOptions
{
    private readonly Option<ulong> _seed = new("--seed") { Description = "Campaign seed; case i is determined by (seed, i).", DefaultValueFactory = _ => 1 };
    private readonly Option<long?> _cases = new("--cases") { Description = "Number of cases to run (default 100 when --seconds is not given either)." };
    private readonly Option<double?> _seconds = new("--seconds") { Description = "Stop starting new cases after this many seconds." };
    private readonly Option<string> _out = new("--out") { Description = "Folder where every failure is saved as a reproduction.", DefaultValueFactory = _ => "fuzz-out" };
    private readonly Option<long> _firstCase = new("--first-case") { Description = "Index of the first case (to rerun one case of a campaign).", DefaultValueFactory = _ => 0 };
    private readonly Option<double> _caseTimeout = new("--case-timeout") { Description = "Seconds one case may run before it counts as a hang.", DefaultValueFactory = _ => 60 };
    private readonly Option<bool> _fork = new("--fork") { Description = "Run cases in child processes so a crash of the process is recorded and the campaign goes on." };
    private readonly Option<bool> _verbose = new("--verbose") { Description = "Print one line per case." };
    private readonly Option<long?> _maxFailures = new("--max-failures") { Description = "Stop after this many failures (default: never)." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_seed);
        command.Options.Add(_cases);
        command.Options.Add(_seconds);
        command.Options.Add(_out);
        command.Options.Add(_firstCase);
        command.Options.Add(_caseTimeout);
        command.Options.Add(_fork);
        command.Options.Add(_verbose);
        command.Options.Add(_maxFailures);
    }

    /// <summary>Reads the settings of a parsed command line.</summary>
    public FuzzSettings Read(ParseResult result, string mode, string features)
    {
        long? cases = result.GetValue(_cases);
        double? seconds = result.GetValue(_seconds);
        if (cases is null && seconds is null)
        {
            cases = 100;
        }

        return new FuzzSettings(
            mode,
            result.GetValue(_seed),
            cases,
            seconds,
            Path.GetFullPath(result.GetValue(_out)!),
            result.GetValue(_firstCase),
            TimeSpan.FromSeconds(result.GetValue(_caseTimeout)),
            result.GetValue(_fork),
            features,
            result.GetValue(_verbose),
            result.GetValue(_maxFailures));
    }
}
