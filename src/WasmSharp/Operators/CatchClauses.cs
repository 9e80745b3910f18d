namespace WasmSharp.Operators;

/// <summary>
/// try_table's catch clauses (spec 5.4.1), checked when read and left in the code: re-read them from
/// <see cref="Position"/> with <see cref="OperatorReader.ReadCatchClause"/>.
/// </summary>
/// <param name="Position">Reader position of the first clause.</param>
/// <param name="Count">Number of clauses.</param>
internal readonly record struct CatchClauses(int Position, int Count);
