namespace WasmSharp.Fuzz.Wasi;

/// <summary>What one runtime did with a WASI guest: how <c>run</c> ended, the errnos it stored, its output and the sandbox after.</summary>
/// <param name="Ending">"returned", "exit N", "trap KIND" or "error ...".</param>
/// <param name="Errnos">The errno stored by each call (0xFFFFFFFF-initialised slots read as is).</param>
/// <param name="Stdout">What the guest wrote to stdout.</param>
/// <param name="Stderr">What the guest wrote to stderr.</param>
/// <param name="Sandbox">The sandbox's listing after the run.</param>
internal sealed record WasiRun(string Ending, IReadOnlyList<int> Errnos, string Stdout, string Stderr, IReadOnlyList<string> Sandbox);
