namespace WasmSharp.Text.Wast;

/// <summary><c>(either r1 r2 ...)</c>: the result must match at least one alternative (used for non-deterministic results).</summary>
/// <param name="Alternatives">The alternatives.</param>
public sealed record WastExpectedEither(IReadOnlyList<WastExpected> Alternatives) : WastExpected;
