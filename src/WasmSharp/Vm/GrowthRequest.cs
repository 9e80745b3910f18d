namespace WasmSharp.Vm;

/// <summary>What a grow asks a resource limiter: a memory (in bytes) or a table (in elements) growing from <paramref name="Current"/> to <paramref name="Desired"/>.</summary>
/// <param name="Memory">A memory's growth; false for a table's.</param>
/// <param name="Current">The size now (0 for a new memory or table).</param>
/// <param name="Desired">The size asked for.</param>
/// <param name="Maximum">The declared maximum, if any.</param>
internal readonly record struct GrowthRequest(bool Memory, long Current, long Desired, long? Maximum);
