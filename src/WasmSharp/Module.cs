using System.Collections.ObjectModel;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Validation;

namespace WasmSharp;

/// <summary>
/// A compiled WebAssembly module; mirrors Wasmtime's <c>Module</c>. A module is decoded and validated
/// once, is immutable and thread-safe, and can be instantiated many times in any store of its
/// <see cref="Engine"/>.
/// </summary>
public sealed partial class Module
{
    private readonly ReadOnlyCollection<ImportType> _imports;
    private readonly ReadOnlyCollection<ExportType> _exports;
    private readonly Dictionary<string, int> _exportsByName;
    private readonly Lazy<Vm.ModuleCode> _code;
    private readonly Lazy<Vm.ModuleCode> _interpreted;
    private int[]? _typeIds;

    // code: compiled code loaded from an artifact (Module.Deserialize), or null to make it here.
    private Module(Engine engine, ModuleInfo info, Vm.ModuleCode? code = null)
    {
        Engine = engine;
        Info = info;

        // Wasmtime's Module::new refuses a module the engine's pool can never hold.
        engine.InstanceAllocator?.Validate(info);

        bool tierUp = engine.TiersUp(info);
        if (code is not null)
        {
            _code = new Lazy<Vm.ModuleCode>(code);
        }
        else if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && engine.Strategy != Strategy.Interpreter && !tierUp)
        {
            // Compiled once and shared by every store of the engine. By default all of it happens
            // here, IL and machine code, as in Wasmtime's Module::new: otherwise the JIT would compile
            // each function at its first call, inside the guest's run time (regex: 688 ms first
            // run, 9 ms once compiled). Lazy engines compile IL at first instantiation and JIT on
            // first call.
            _code = CompileLater(info, engine);
            if (!engine.LazyCompilation && _code.Value is Compilation.CompiledModule compiled)
            {
                compiled.CompileToMachineCode(engine.ParallelCompilation);
            }
        }
        else
        {
            // The interpreter, on every host (Engine.Strategy is never Compiler or Auto where dynamic
            // code is not supported): functions are translated at their first call; nothing to do
            // here. A large module under Strategy.Auto with a JIT compiles hot functions later (tier-up).
            // (The feature check stands alone so that NativeAOT's compiler removes the tier-up path.)
            Interpretation.InterpretedModule? tiering = null;
            if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                if (tierUp)
                {
                    tiering = InterpretAndTierUp(info, engine);
                }
            }

            _code = new Lazy<Vm.ModuleCode>(tiering ?? Interpret(info, engine));
        }

        _interpreted = _code.IsValueCreated && _code.Value is Interpretation.InterpretedModule { TierUp: null } ? _code : new Lazy<Vm.ModuleCode>(() => Interpret(info, engine), LazyThreadSafetyMode.ExecutionAndPublication);

        var imports = new ImportType[info.Imports.Count];
        for (int i = 0; i < imports.Length; i++)
        {
            ImportInfo import = info.Imports[i];
            imports[i] = new ImportType(import.Module, import.Name, GetExternType(info, import.Kind, import.Index));
        }

        var exports = new ExportType[info.Exports.Count];
        _exportsByName = new Dictionary<string, int>(exports.Length, StringComparer.Ordinal);
        for (int i = 0; i < exports.Length; i++)
        {
            ExportInfo export = info.Exports[i];
            exports[i] = new ExportType(export.Name, GetExternType(info, export.Kind, export.Index));
            _exportsByName.TryAdd(export.Name, i);
        }

        _imports = Array.AsReadOnly(imports);
        _exports = Array.AsReadOnly(exports);
    }

    /// <summary>The engine this module belongs to (<c>Module::engine</c>).</summary>
    public Engine Engine { get; }

    /// <summary>The module's name from the name section, if any (<c>Module::name</c>).</summary>
    public string? Name => Info.Names?.ModuleName;

    /// <summary>The imports in declaration order (<c>Module::imports</c>).</summary>
    public IReadOnlyList<ImportType> Imports => _imports;

    /// <summary>The exports in declaration order (<c>Module::exports</c>).</summary>
    public IReadOnlyList<ExportType> Exports => _exports;

    /// <summary>The decoded module, shared with the validator, compiler and instantiation.</summary>
    internal ModuleInfo Info { get; }

    /// <summary>
    /// The code new instances run: the module's code in its engine's tier (compiled on first use by
    /// the compiler), or <see cref="InterpretedCode"/> when <see cref="RunInterpreted"/> is set.
    /// </summary>
    internal Vm.ModuleCode Code => RunInterpreted ? _interpreted.Value : _code.Value;

    /// <summary>
    /// The module's interpreted code, whatever the engine's strategy, and never tiering up, so its
    /// functions stay interpreted (an async store's instances that may suspend need that): in a
    /// store that also runs compiled code, its functions get entry trampolines so compiled callers
    /// reach them (mixed tiers).
    /// </summary>
    internal Vm.ModuleCode InterpretedCode => _interpreted.Value;

    /// <summary>Whether new instances of this module run in the interpreter whatever the engine's strategy.</summary>
    internal bool RunInterpreted { get; set; }

    // The interpreter's form of info. Where dynamic code is supported a store may run both tiers, so
    // compiled callers need a trampoline per signature to enter interpreted functions.
    private static Interpretation.InterpretedModule Interpret(ModuleInfo info, Engine engine) =>
        new(info, engine.ConsumeFuel, engine.EpochInterruption, engine.EpochDeadlineContinuation,
            System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? Compilation.HostTrampolines.GetInterpreterEntry : null);

    /// <summary>The compiled code; only for engines whose strategy is the compiler (tests).</summary>
    internal Compilation.CompiledModule Compiled => (Compilation.CompiledModule)_code.Value;

    // Strategy.Auto under a JIT: interpreted at once, hot functions compiled in batches with the
    // engine's code settings, so traps, fuel and epochs are the same in both tiers.
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(Compilation.DynamicCodeMessages.CompilerTier)]
    private static Interpretation.InterpretedModule InterpretAndTierUp(ModuleInfo info, Engine engine)
    {
        var compiler = new Compilation.TierUpCompiler(info, engine.ConsumeFuel, engine.EpochInterruption, engine.EpochDeadlineContinuation, engine.FunctionSplitThreshold, engine.GenerateAddressMap, engine.SegmentedStack);
        var tierUp = new Interpretation.TierUpSettings(compiler.Compile, compiler.CompileLoops, compiler.CompilesLoopsFirst, engine.TierUpThreshold, engine.TierUpSynchronously);
        return new(info, engine.ConsumeFuel, engine.EpochInterruption, engine.EpochDeadlineContinuation, Compilation.HostTrampolines.GetInterpreterEntry, tierUp);
    }

    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(Compilation.DynamicCodeMessages.CompilerTier)]
    private static Lazy<Vm.ModuleCode> CompileLater(ModuleInfo info, Engine engine) =>
        new(() =>
        {
            try
            {
                return CompileCode(info, engine, persist: engine.CacheDirectory is not null);
            }
            catch (WasmImplementationLimitException) when (engine.Strategy == Strategy.Auto)
            {
                // Auto promises to run every valid module: what the compiler cannot take (see
                // docs/limits.md), the interpreter runs. Strategy.Compiler reports the limit.
                return Interpret(info, engine);
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide canonical id of every type index, for import matching.</summary>
    internal int[] TypeIds => _typeIds ??= Vm.FuncTypeRegistry.GetModuleIds(Info);

    /// <summary>Whether the module exports a function <c>_start</c>: a WASI command (see <c>Linker::module</c>).</summary>
    internal bool IsCommand => GetExport("_start")?.Kind == ExternKind.Func;

    /// <summary>
    /// Decodes and validates a binary module (<c>Module::from_binary</c>). The bytes are copied.
    /// </summary>
    /// <exception cref="WasmFormatException">The binary is malformed.</exception>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="WasmImplementationLimitException">The module exceeds a limit of the compiler (docs/limits.md).</exception>
    public static Module FromBytes(Engine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Create(engine, bytes.ToArray());
    }

    /// <summary>
    /// Decodes and validates a binary module (<c>Module::from_binary</c>). The array is copied, so
    /// later changes to it do not affect the module.
    /// </summary>
    /// <exception cref="WasmFormatException">The binary is malformed.</exception>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="WasmImplementationLimitException">The module exceeds a limit of the compiler (docs/limits.md).</exception>
    public static Module FromBytes(Engine engine, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return FromBytes(engine, bytes.AsSpan());
    }

    /// <summary>Parses a module in the text format, then decodes and validates it (<c>Module::new</c> with WAT).</summary>
    /// <exception cref="WasmSharp.Text.WatParseException">The text is malformed.</exception>
    /// <exception cref="WasmFormatException">The encoded binary is malformed.</exception>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="WasmImplementationLimitException">The module exceeds a limit of the compiler (docs/limits.md).</exception>
    public static Module FromText(Engine engine, string wat)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(wat);
        byte[] bytes = WasmSharp.Text.WatParser.ParseModule(wat);
        return Create(engine, bytes);
    }

    /// <summary>
    /// Loads a module from a file (<c>Module::from_file</c>): a binary module when the file starts
    /// with <c>\0asm</c>, otherwise UTF-8 text.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WasmFormatException">The binary is malformed.</exception>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="WasmImplementationLimitException">The module exceeds a limit of the compiler (docs/limits.md).</exception>
    public static Module FromFile(Engine engine, string path)
    {
        ArgumentNullException.ThrowIfNull(engine);
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().StartsWith("\0asm"u8))
        {
            return Create(engine, bytes);
        }

        return FromText(engine, System.Text.Encoding.UTF8.GetString(bytes));
    }

    /// <summary>
    /// Checks that <paramref name="bytes"/> is a well-formed, valid module for <paramref name="engine"/>
    /// without keeping it (<c>Module::validate</c>).
    /// </summary>
    /// <exception cref="WasmFormatException">The binary is malformed.</exception>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    public static void Validate(Engine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        DecodeAndValidate(engine, bytes.ToArray());
    }

    /// <summary>
    /// Finds an export by name and returns a handle for fast repeated lookups
    /// (<c>Module::get_export_index</c>), or null when there is no such export.
    /// </summary>
    public ModuleExport? GetExportIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_exportsByName.TryGetValue(name, out int i))
        {
            return null;
        }

        ExportInfo export = Info.Exports[i];
        return new ModuleExport(this, i, export.Kind, export.Index);
    }

    /// <summary>The type of the export named <paramref name="name"/>, or null (<c>Module::get_export</c>).</summary>
    public ExternType? GetExport(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _exportsByName.TryGetValue(name, out int i) ? _exports[i].Type : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Name is string name ? $"Module({name})" : "Module";

    private static ModuleInfo DecodeAndValidate(Engine engine, byte[] bytes)
    {
        ModuleInfo info = ModuleDecoder.Decode(bytes, engine.Features);
        engine.PrepareToRun(info);
        ModuleValidator.Validate(info, engine.Features, engine.ParallelCompilation);
        return info;
    }

    /// <summary>
    /// The extern type of entity <paramref name="index"/> of <paramref name="kind"/>. Validation has
    /// checked the indices; the checks here keep an unvalidated module from escaping as a crash.
    /// </summary>
    private static ExternType GetExternType(ModuleInfo info, ExternKind kind, int index)
    {
        switch (kind)
        {
            case ExternKind.Func when index < info.FunctionTypes.Count:
                return ExternType.FromFunc(GetFuncType(info, info.FunctionTypes[index]));
            case ExternKind.Table when index < info.Tables.Count:
                return ExternType.FromTable(info.Tables[index].Type);
            case ExternKind.Memory when index < info.Memories.Count:
                return ExternType.FromMemory(info.Memories[index]);
            case ExternKind.Global when index < info.Globals.Count:
                return ExternType.FromGlobal(info.Globals[index].Type);
            case ExternKind.Tag when index < info.Tags.Count:
                TagType tag = info.Tags[index];
                return ExternType.FromTag(tag, GetFuncType(info, tag.TypeIndex));
            default:
                throw new WasmValidationException($"unknown {KindName(kind)} {index}", 0);
        }
    }

    private static FuncType GetFuncType(ModuleInfo info, int typeIndex)
    {
        if ((uint)typeIndex < (uint)info.Types.Count && info.Types[typeIndex].Composite is FuncType func)
        {
            return func;
        }

        throw new WasmValidationException($"unknown type {typeIndex}", 0);
    }

    private static string KindName(ExternKind kind) => kind switch
    {
        ExternKind.Func => "function",
        ExternKind.Table => "table",
        ExternKind.Memory => "memory",
        ExternKind.Global => "global",
        _ => "tag",
    };
}
