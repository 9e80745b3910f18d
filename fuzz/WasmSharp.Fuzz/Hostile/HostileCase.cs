namespace WasmSharp.Fuzz.Hostile;

/// <summary>One hostile guest: a name, the time it must end within, and the run that returns its outcome.</summary>
/// <param name="Name">A short name printed with the outcome.</param>
/// <param name="Bound">The wall-clock time the case must finish within (host alive, guest stopped).</param>
/// <param name="Run">Runs the case; returns the outcome, throws <see cref="HostileExpectationException"/> when it is not one the case allows.</param>
internal sealed record HostileCase(string Name, TimeSpan Bound, Func<string> Run);
