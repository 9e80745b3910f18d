namespace WasmSharp.AotHost;

/// <summary>A check that did not hold; its message says what was seen.</summary>
/// <remarks>Thrown by the checks of Program.cs; any other exception is a host bug and ends the run.</remarks>
internal sealed class CheckFailed(string message) : Exception(message);
