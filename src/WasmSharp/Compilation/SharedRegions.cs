using System.Reflection;

namespace WasmSharp.Compilation;

/// <summary>
/// The region methods (see <see cref="RegionPlanner"/>) that tier-up has compiled for one module, so
/// that a function's ordinary method and its on-stack replacement entry, compiled at different times
/// into different assemblies, share them rather than compile each twice: the same region of the
/// same function is the same code in both (its compile depends only on the function's body, the
/// control stack at the region and the engine's settings), and only the function's own method
/// differs. For CPython's bytecode loop that is 19 switch spans, about 570 KB of IL. Used under the
/// <see cref="TierUpCompiler"/>'s lock.
/// </summary>
internal sealed class SharedRegions
{
    private readonly Dictionary<Key, (MethodInfo Method, RegionOutcome Outcome)> _compiled = new();

    /// <summary>
    /// The method and outcome of <paramref name="region"/> of <paramref name="functionIndex"/>, left
    /// by <paramref name="exits"/> enclosing labels, if a finished compilation holds it.
    /// </summary>
    public bool TryGet(int functionIndex, RegionPlan region, int exits, out MethodInfo method, out RegionOutcome outcome)
    {
        if (_compiled.TryGetValue(Key.Of(functionIndex, region, exits), out var found))
        {
            (method, outcome) = found;
            return true;
        }

        method = null!;
        outcome = null!;
        return false;
    }

    /// <summary>Records the regions that <paramref name="compilation"/> compiled, once its types exist (<paramref name="methods"/>, by name).</summary>
    public void Add(ModuleCompilation compilation, Dictionary<string, MethodInfo> methods)
    {
        foreach ((int functionIndex, RegionPlan region, int exits, string name, RegionOutcome outcome) in compilation.CompiledRegions)
        {
            _compiled.TryAdd(Key.Of(functionIndex, region, exits), (methods[name], outcome));
        }
    }

    // A region is known by where it is: a block or a span has its start and end, a straight-line
    // piece its start (its end is where its compile stopped); a span is also known by its ladder,
    // and every region by how many labels it may leave to.
    private readonly record struct Key(int Function, int Start, int End, int FirstDepth, int Closes, int Exits)
    {
        public static Key Of(int functionIndex, RegionPlan region, int exits) =>
            new(functionIndex, region.Start, region.End, region.Span?.FirstDepth ?? -1, region.Span?.Closes ?? -1, exits);
    }
}
