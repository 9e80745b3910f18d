namespace WasmSharp.Tests.Api;

/// <summary>
/// Tests that build very large modules run alone, not beside other test classes: their hundreds
/// of megabytes of allocations and compiles on every core would stretch the time bounds of tests
/// running at the same time (FuzzTests allows 500 ms per case).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeModuleCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "large modules";
}
