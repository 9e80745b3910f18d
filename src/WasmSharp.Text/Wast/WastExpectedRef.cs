namespace WasmSharp.Text.Wast;

/// <summary>
/// A reference pattern that matches by kind: <c>(ref.null)</c> (any null), <c>(ref.func)</c>, <c>(ref.func $f)</c>,
/// <c>(ref.extern)</c>, <c>(ref.any)</c>, <c>(ref.eq)</c>, <c>(ref.i31)</c>, <c>(ref.struct)</c>, <c>(ref.array)</c>, <c>(ref.exn)</c>.
/// Typed nulls such as <c>(ref.null exn)</c> and numbered host references are exact values (<see cref="WastExpectedValue"/>).
/// </summary>
/// <param name="Kind">The reference kind to match.</param>
/// <param name="HeapType">For <see cref="WastRefKind.Null"/> the heap type as written, or <see langword="null"/> to match any null; for <see cref="WastRefKind.Func"/> the function index or name as written, if given.</param>
/// <param name="Number">Not set by the parser: exact <c>(ref.extern n)</c>/<c>(ref.host n)</c> results are reported as
/// <see cref="WastExpectedValue"/> (like every exact value); available for patterns built by other code.</param>
public sealed record WastExpectedRef(WastRefKind Kind, string? HeapType = null, ulong? Number = null) : WastExpected;
