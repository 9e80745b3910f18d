namespace WasmSharp.Compilation;

/// <summary>
/// A module's compiled code in the form saved in an artifact (<see cref="Module.Serialize"/>): the
/// image of the assembly <see cref="ModuleCompiler"/> built with <c>PersistedAssemblyBuilder</c>,
/// the SIMD constants its <see cref="PortableConstants"/> holder is filled with at load, and the
/// names of its region methods (split functions), so loading needs no reflection over every method.
/// </summary>
internal sealed record PersistedCode(byte[] Assembly, (ulong Low, ulong High)[] Simd, string[] RegionMethods);
