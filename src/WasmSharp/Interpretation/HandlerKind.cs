namespace WasmSharp.Interpretation;

/// <summary>What an <see cref="ExceptionHandler"/> does with an exception thrown in its range.</summary>
internal enum HandlerKind : byte
{
    /// <summary>
    /// A clause naming a tag: <c>catch</c>/<c>catch_ref</c> of <c>try_table</c> (spec 3.3.8.8), or
    /// legacy <c>catch</c>. It applies when the exception's tag instance is the clause's.
    /// </summary>
    Catch,

    /// <summary><c>catch_all</c>/<c>catch_all_ref</c>, or legacy <c>catch_all</c>: every wasm exception.</summary>
    CatchAll,

    /// <summary>
    /// Legacy <c>delegate</c>: the exception is thrown again where the handlers of an enclosing
    /// label apply, so the search skips the handlers between the two.
    /// </summary>
    Delegate,
}
