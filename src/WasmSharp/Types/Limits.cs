namespace WasmSharp.Types;

/// <summary>Size limits of a memory or table (spec "Limits"), in pages or elements.</summary>
/// <param name="Minimum">Initial size.</param>
/// <param name="Maximum">Maximum size, if bounded.</param>
public readonly record struct Limits(ulong Minimum, ulong? Maximum);
