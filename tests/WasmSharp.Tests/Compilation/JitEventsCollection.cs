namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Tests that count what RyuJIT compiles while they run (<c>JitTierListener</c>) run alone: a test
/// of another class compiling a large method at the same time would be counted too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JitEventsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "JIT events";
}
