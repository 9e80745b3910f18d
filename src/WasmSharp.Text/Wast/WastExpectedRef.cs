namespace WasmSharp.Text.Wast;

/// <summary>A reference pattern such as <c>(ref.null)</c>, <c>(ref.null exn)</c>, <c>(ref.func)</c>, <c>(ref.func $f)</c>, <c>(ref.extern)</c>, <c>(ref.extern 1)</c>, <c>(ref.i31)</c>.</summary>
/// <param name="Kind">The reference kind to match.</param>
/// <param name="HeapType">For <see cref="WastRefKind.Null"/> the heap type as written, or <see langword="null"/> to match any null; for <see cref="WastRefKind.Func"/> the function index or name as written, if given.</param>
/// <param name="Number">For <see cref="WastRefKind.Extern"/>/<see cref="WastRefKind.Host"/> the host number, if given.</param>
public sealed record WastExpectedRef(WastRefKind Kind, string? HeapType = null, ulong? Number = null) : WastExpected;
