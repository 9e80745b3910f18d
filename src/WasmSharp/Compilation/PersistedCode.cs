namespace WasmSharp.Compilation;

/// <summary>
/// A module's compiled code in the form saved in an artifact (<see cref="Module.Serialize"/>): the
/// image of the assembly <see cref="ModuleCompiler"/> built with <c>PersistedAssemblyBuilder</c>,
/// the SIMD constants its <see cref="PortableConstants"/> holder is filled with at load, and the
/// names of its region methods (split functions), so loading needs no reflection over every method,
/// and the code sites of every method by name, so that backtraces of the loaded code keep their
/// module offsets (see <see cref="Vm.CodeSites"/>), and the defined functions in their likely
/// first-call order (<see cref="CallGraph.FirstCallOrder"/>), in which a loaded module's methods are
/// compiled in the background (<see cref="CompiledModule.CompileInBackground"/>). The image of an
/// artifact read from a file is a private copy the runtime maps (<see cref="AssemblyImage"/>).
/// </summary>
internal sealed record PersistedCode(AssemblyImage Image, (ulong Low, ulong High)[] Simd, string[] RegionMethods, IReadOnlyDictionary<string, Vm.CodeSites> Sites, int[] CallOrder);
