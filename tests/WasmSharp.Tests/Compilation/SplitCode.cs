using System.Reflection;
using WasmSharp.TestSupport;

namespace WasmSharp.Tests.Compilation;

/// <summary>What the compiler tier made of a module, for the tests of function splitting.</summary>
internal static class SplitCode
{
    /// <summary>The region methods of function <paramref name="function"/> (<c>F{function}_{n}</c>, see <c>RegionPlanner</c>).</summary>
    public static IEnumerable<MethodInfo> RegionsOf(Module module, int function)
    {
        string prefix = $"F{function}_";
        return module.Compiled.Types
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>
    /// Compiles <paramref name="wat"/> with <paramref name="engine"/> and checks that RyuJIT
    /// optimized every method it compiled meanwhile (run in <see cref="JitEventsCollection"/>).
    /// </summary>
    public static Module CompileWithoutMinOpts(Engine engine, string wat)
    {
        using var listener = new JitTierListener();
        Assert.NotNull(listener.TakeMinOpts(TimeSpan.FromSeconds(30)));
        Module module = Module.FromText(engine, wat);
        IReadOnlyList<string>? minOpts = listener.TakeMinOpts(TimeSpan.FromSeconds(30));

        Assert.NotNull(minOpts);
        Assert.Empty(minOpts);
        return module;
    }
}
