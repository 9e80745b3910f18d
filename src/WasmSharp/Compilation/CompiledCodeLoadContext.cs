using System.Reflection;
using System.Runtime.Loader;

namespace WasmSharp.Compilation;

/// <summary>
/// The collectible load context of one saved module's assembly (<see cref="PersistedCodeLoader"/>):
/// the code is unloaded with the last reference to its module, as the dynamic assemblies of
/// <see cref="ModuleCompiler"/> are. The assembly refers to WasmSharp by name; it gets the very
/// WasmSharp assembly that loaded it, wherever that lives (a plugin's context, say).
/// </summary>
internal sealed class CompiledCodeLoadContext() : AssemblyLoadContext("WasmSharp compiled module", isCollectible: true)
{
    private static readonly Assembly s_runtime = typeof(CompiledCodeLoadContext).Assembly;

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, s_runtime.GetName()) ? s_runtime : null;
}
