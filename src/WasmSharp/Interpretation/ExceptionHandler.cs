namespace WasmSharp.Interpretation;

/// <summary>
/// One entry of a function's handler table (<see cref="InterpretedCode.Handlers"/>): a clause of a
/// <c>try_table</c> or legacy <c>try</c> and the code range it protects. The translator appends the
/// entries of a region when the region closes, so nested regions come before the regions around
/// them and, within one region, clauses keep their order: the first entry that covers the throwing
/// instruction and accepts the exception is the innermost handler (spec 4.4.8.8 "throw_ref": the
/// innermost enclosing handler whose clause matches).
/// </summary>
/// <param name="Start">The first code position the entry covers.</param>
/// <param name="End">The code position after the last it covers.</param>
/// <param name="Level">
/// How deeply the region nests among the regions open at its start, from 1 for the outermost: the
/// regions covering one instruction have distinct levels, outer ones lower.
/// </param>
/// <param name="Kind">What the entry does.</param>
/// <param name="Tag">For <see cref="HandlerKind.Catch"/>: the tag index in the function's instance.</param>
/// <param name="Target">
/// For a catch: the code position to resume at. For <see cref="HandlerKind.Delegate"/>: the level of
/// the innermost region still searched (entries of deeper levels are skipped); 0 leaves the function.
/// </param>
/// <param name="PayloadSlot">The frame slot receiving the first payload value, or -1 (catch_all).</param>
/// <param name="ExnSlot">The frame slot receiving the exception itself (an exnref), or -1.</param>
internal readonly record struct ExceptionHandler(
    int Start,
    int End,
    int Level,
    HandlerKind Kind,
    int Tag,
    int Target,
    int PayloadSlot,
    int ExnSlot)
{
    /// <summary>Whether the entry protects code position <paramref name="position"/>.</summary>
    public bool Covers(int position) => position >= Start && position < End;
}
