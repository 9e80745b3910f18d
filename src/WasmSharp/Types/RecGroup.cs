namespace WasmSharp.Types;

/// <summary>
/// A recursive type group (spec rectype) as a range of the module's type index space. A type
/// outside any explicit <c>rec</c> is a group of one.
/// </summary>
/// <param name="Start">Index of the group's first type.</param>
/// <param name="Count">Number of types in the group.</param>
public readonly record struct RecGroup(int Start, int Count);
