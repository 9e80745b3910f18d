namespace WasmSharp.Benchmarks.Harness;

/// <summary>Everything docs/performance.md is generated from.</summary>
/// <param name="Options">The command line the page was generated with.</param>
/// <param name="Started">When the harness started.</param>
/// <param name="Machine">The machine description lines.</param>
/// <param name="Results">Every program's runs, by runtime.</param>
/// <param name="HasNode">Whether node ran (its column is shown).</param>
/// <param name="NodeNote">Why node has or lacks a column.</param>
/// <param name="HasInterpreter">Whether the interpreter ran (not <c>--no-interpreter</c>): its columns and the translation section.</param>
/// <param name="HasAuto">Whether <c>Strategy.Auto</c> ran (not <c>--no-auto</c>): the strategies section.</param>
/// <param name="Translations">The interpreter's translation throughput per program, empty without the interpreter.</param>
/// <param name="MicroBenchmarks">The BenchmarkDotNet summaries as markdown, or null when not run.</param>
/// <param name="Instantiations">Steady-state instantiation per program, on demand and pooled (<see cref="InstantiationTimes"/>).</param>
internal sealed record HarnessReport(
    HarnessOptions Options,
    DateTimeOffset Started,
    IReadOnlyList<string> Machine,
    IReadOnlyList<ProgramResult> Results,
    bool HasNode,
    string NodeNote,
    bool HasInterpreter,
    bool HasAuto,
    IReadOnlyList<TranslationMeasurement> Translations,
    string? MicroBenchmarks,
    IReadOnlyList<InstantiationMeasurement> Instantiations);
