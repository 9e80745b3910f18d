namespace WasmSharp.Types;

/// <summary>
/// The identity of a defined type after canonicalisation of its recursion group (spec "Type
/// Equivalence", valid/conventions "Rolling and Unrolling"): two type indices denote equivalent
/// types iff their canonical ids are equal. Ids are dense and are only meaningful within the
/// <see cref="TypeCanonicalizer"/> that issued them.
/// </summary>
/// <param name="Value">The dense id.</param>
internal readonly record struct CanonicalTypeId(int Value)
{
    /// <inheritdoc/>
    public override string ToString() => $"canon#{Value}";
}
