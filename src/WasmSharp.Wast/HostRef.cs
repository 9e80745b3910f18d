namespace WasmSharp.Wast;

/// <summary>
/// The host reference a script writes as <c>ref.extern N</c> (or <c>ref.host N</c>): a boxed
/// number, equal to any other box of the same number, as in the reference interpreter.
/// </summary>
/// <param name="Value">The number.</param>
internal sealed record HostRef(ulong Value);
