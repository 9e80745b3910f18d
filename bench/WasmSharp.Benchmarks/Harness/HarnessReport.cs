namespace WasmSharp.Benchmarks.Harness;

/// <summary>Everything docs/performance.md is generated from.</summary>
internal sealed record HarnessReport(
    HarnessOptions Options,
    DateTimeOffset Started,
    IReadOnlyList<string> Machine,
    IReadOnlyList<ProgramResult> Results,
    bool HasNode,
    string NodeNote,
    string? MicroBenchmarks);
