using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using WasmSharp.Binary;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Loads compiled code saved by <see cref="ModuleCompiler"/> (<see cref="PersistedCode"/>) into a
/// collectible <see cref="CompiledCodeLoadContext"/>: fills its constants holder with this
/// process's canonical type ids and SIMD slots, then reads each type's function-pointer table. The
/// runtime JITs each method at its first call, fully optimized: it does not tier code of a
/// collectible assembly.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class PersistedCodeLoader
{
    /// <summary>The code of <paramref name="module"/> from <paramref name="code"/>.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The saved assembly is WasmSharp's own output, loaded as is; the trimmer never sees it.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Types of the saved assembly are never trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Types of the saved assembly are never trimmed.")]
    public static CompiledModule Load(ModuleInfo module, PersistedCode code)
    {
        foreach (int function in code.CallOrder)
        {
            if ((uint)function >= (uint)module.Bodies.Count)
            {
                throw Serialization.ArtifactFormat.Malformed();
            }
        }

        Assembly assembly = code.Image.Load(() => new CompiledCodeLoadContext());

        int[] typeIds = FuncTypeRegistry.GetModuleIds(module);
        PortableConstants.Fill(assembly.GetType(PortableConstants.HolderName, throwOnError: true)!, typeIds, code.Simd);
        var types = new List<Type>();
        var pointers = new List<IntPtr>(module.Bodies.Count);
        for (int t = 0; assembly.GetType(EmittedTypes.TypeName(t)) is Type type; t++)
        {
            pointers.AddRange((IntPtr[])type.GetMethod(ModuleCompiler.PointerTableName)!.Invoke(null, null)!);
            types.Add(type);
        }

        var compiled = new CompiledModule(module, [.. types], [.. pointers], typeIds, code.RegionMethods) { Persisted = code };
        foreach (Type type in types)
        {
            Backtrace.Register(compiled, type, code.Sites);
        }

        return compiled;
    }
}
