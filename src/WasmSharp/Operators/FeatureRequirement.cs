namespace WasmSharp.Operators;

/// <summary>
/// A feature an operator needs: any of <paramref name="AnyOf"/> enables it; otherwise validation fails
/// with "<paramref name="Proposal"/> support is not enabled", as Wasmtime's validator does.
/// </summary>
/// <param name="AnyOf">The <see cref="WasmFeatures"/> flags, one of which must be on.</param>
/// <param name="Proposal">The proposal's name in the error message.</param>
internal readonly record struct FeatureRequirement(WasmFeatures AnyOf, string Proposal);
