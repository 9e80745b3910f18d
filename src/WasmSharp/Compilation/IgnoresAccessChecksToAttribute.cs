// The namespace is the runtime's, not the folder's: CoreCLR honours the attribute by its full name.
namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets the assembly it is applied to reach the internals of the assembly named
/// <see cref="AssemblyName"/>, as if they were public: CoreCLR honours any attribute of this full
/// name. Compiled code saved by <see cref="WasmSharp.Compilation.ModuleCompiler"/> calls WasmSharp
/// internals (InstanceContext, Builtins...) and carries this attribute. A dynamic assembly defines
/// its own copy (<see cref="WasmSharp.Compilation.ModuleCompiler.GrantAccess"/>); a saved one
/// cannot, because <c>PersistedAssemblyBuilder</c> (.NET 10) writes an assembly-level attribute
/// whose constructor is defined in the same assembly with a null method token, which the loader
/// rejects (BadImageFormatException), so it refers to this one.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
{
    /// <summary>The assembly whose internals become accessible.</summary>
    public string AssemblyName { get; } = assemblyName;
}
