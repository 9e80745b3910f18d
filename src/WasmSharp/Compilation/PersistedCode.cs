namespace WasmSharp.Compilation;

/// <summary>
/// A module's compiled code in the form saved in an artifact (<see cref="Module.Serialize"/>): the
/// image of the assembly <see cref="ModuleCompiler"/> built with <c>PersistedAssemblyBuilder</c>,
/// the SIMD constants its <see cref="PortableConstants"/> holder is filled with at load, and the
/// names of its region methods (split functions), so loading needs no reflection over every method,
/// and the code sites of every method by name, so that backtraces of the loaded code keep their
/// module offsets (see <see cref="Vm.CodeSites"/>), and the defined functions in their likely
/// first-call order (<see cref="CallGraph.FirstCallOrder"/>), in which a loaded module's methods are
/// compiled in the background (<see cref="CompiledModule.CompileInBackground"/>). A loaded artifact's image is a slice of the
/// artifact's own buffer where WasmSharp read it (<see cref="Serialization.ArtifactFormat.ReadOwned"/>),
/// not a copy: a big module's image is hundreds of megabytes.
/// </summary>
internal sealed record PersistedCode(ArraySegment<byte> Assembly, (ulong Low, ulong High)[] Simd, string[] RegionMethods, IReadOnlyDictionary<string, Vm.CodeSites> Sites, int[] CallOrder);
