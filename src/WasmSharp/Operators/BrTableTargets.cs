namespace WasmSharp.Operators;

/// <summary>
/// br_table's label vector (spec 5.4.1): the labels stay in the code, from reader position
/// <see cref="Position"/>, as <see cref="Count"/> u32s; read them again with <c>ReadVarUInt32</c>.
/// </summary>
/// <param name="Position">Reader position of the first label.</param>
/// <param name="Count">Number of labels before the default.</param>
/// <param name="Default">The default label.</param>
internal readonly record struct BrTableTargets(int Position, int Count, uint Default);
