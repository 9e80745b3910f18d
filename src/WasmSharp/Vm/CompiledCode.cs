namespace WasmSharp.Vm;

/// <summary>What a backtrace needs of a type of compiled code: its module, and the instruction sites of its methods by name.</summary>
/// <param name="Module">The module whose functions the type's methods are.</param>
/// <param name="Sites">The instruction sites of each compiled method, by method name.</param>
internal sealed record CompiledCode(ModuleCode Module, IReadOnlyDictionary<string, CodeSites> Sites);
