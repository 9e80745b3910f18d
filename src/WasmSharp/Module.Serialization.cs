using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using WasmSharp.Binary;
using WasmSharp.Serialization;

namespace WasmSharp;

// Saved compiled modules: Module::serialize, Module::deserialize and Module::deserialize_file of
// Wasmtime, and the compilation cache behind Config.CacheDirectory (docs/serialization.md).
public sealed partial class Module
{
    /// <summary>Whether this module was read from the compilation cache (<see cref="Config.CacheDirectory"/>) rather than compiled.</summary>
    internal bool FromCache { get; private set; }

    /// <summary>
    /// Saves this module as a precompiled artifact (<c>Module::serialize</c>) that
    /// <see cref="Deserialize(Engine, byte[])"/> loads in another process without decoding,
    /// validating or compiling it again: the module's bytes and, where the engine compiles
    /// (<see cref="Strategy.Compiler"/> or <see cref="Strategy.Auto"/> with a JIT), its compiled code
    /// as an assembly image. A module that <see cref="Strategy.Auto"/> tiers up (at least
    /// <see cref="Config.TierUpCodeSize"/> of code) is saved without code, as the cache keeps it: it
    /// starts interpreted and compiles what is hot, and loading the code of all its functions would
    /// cost more than that (Yosys, 31 MB: a 200 MB artifact, 4.7x the cold start). The artifact records
    /// the WasmSharp version, the code-affecting settings of the engine and the CPU features the code
    /// uses, and ends with a SHA-256 checksum. A module compiled for the cache reuses its code;
    /// otherwise the code is compiled again, to be saved.
    /// </summary>
    public byte[] Serialize() => ArtifactFormat.Write(CreateArtifact(includeCode: !Engine.TiersUp(Info)));

    /// <summary>
    /// Loads a module saved by <see cref="Serialize"/> or <see cref="Engine.PrecompileModule(byte[])"/>
    /// (<c>Module::deserialize</c>). As in Wasmtime, the artifact is trusted for its code: the module
    /// is not validated again and its compiled code runs as saved, so only load artifacts you made or
    /// trust. What is checked is what an accident can break: the format, the SHA-256 checksum (a
    /// truncated or damaged file), and that the WasmSharp version, the engine's code-affecting
    /// settings and the CPU features match. The compiled code is loaded into a collectible assembly
    /// load context and compiled to machine code at each function's first call (tiered compilation),
    /// not up front. An engine with <see cref="Strategy.Interpreter"/>, or a host without dynamic
    /// code (NativeAOT), runs the module's saved bytes with the interpreter; a compiling engine
    /// compiles an artifact that holds no code.
    /// </summary>
    /// <exception cref="WasmSerializationException">The bytes are not an artifact, are truncated or corrupted, or were made by another WasmSharp version, for another configuration or for other CPU features.</exception>
    public static Module Deserialize(Engine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return FromCompatibleArtifact(engine, ArtifactFormat.Read(bytes));
    }

    /// <inheritdoc cref="Deserialize(Engine, ReadOnlySpan{byte})"/>
    public static Module Deserialize(Engine engine, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Deserialize(engine, bytes.AsSpan());
    }

    /// <summary>
    /// Loads a module saved to the file <paramref name="path"/> (<c>Module::deserialize_file</c>); see
    /// <see cref="Deserialize(Engine, byte[])"/>. The file is read once, to check it. The assembly
    /// that holds its compiled code, at the start of the file, is copied as it is read to a private
    /// file in the temporary folder, which the runtime maps and which is deleted once loaded: for a
    /// large artifact this is faster and costs far less memory than
    /// <c>Deserialize(engine, File.ReadAllBytes(path))</c>, whose image the runtime copies into
    /// memory. Unlike Wasmtime's <c>Module::deserialize_file</c>, which maps the file itself, the
    /// file may be changed or deleted as soon as this returns. (On Windows, or where the temporary
    /// folder cannot take the copy, the image is kept in memory instead.)
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WasmSerializationException">The file is not an artifact, is truncated or corrupted, or is incompatible.</exception>
    public static Module DeserializeFile(Engine engine, string path)
    {
        ArgumentNullException.ThrowIfNull(engine);

        // The saved code's image, at the start of the file, is staged in a private file for the
        // runtime to map rather than read into memory (ArtifactFormat.ReadFile).
        Artifact artifact = ArtifactFormat.ReadFile(path);
        try
        {
            return FromCompatibleArtifact(engine, artifact);
        }
        finally
        {
            // Loaded, the copy is gone already; refused or interpreted, it is not needed.
            artifact.ReleaseStagedImage();
        }
    }

    /// <summary>The artifact of a module made from <paramref name="bytes"/> by <paramref name="engine"/>, without keeping the module (<see cref="Engine.PrecompileModule(byte[])"/>).</summary>
    internal static byte[] Precompile(Engine engine, byte[] bytes)
    {
        ModuleInfo info = DecodeAndValidate(engine, bytes);
        SavedCode? code = null;
        if (RuntimeFeature.IsDynamicCodeSupported && !engine.TiersUp(info))
        {
            code = SaveCode(engine, info, compiled: null);
        }

        return ArtifactFormat.Write(new Artifact(CodeSettings.For(engine), bytes, code));
    }

    // The module of bytes, through the engine's cache when it has one.
    private static Module Create(Engine engine, byte[] bytes)
    {
        if (engine.CacheDirectory is not string directory)
        {
            return new Module(engine, DecodeAndValidate(engine, bytes));
        }

        var cache = new CompilationCache(directory, CacheKey(engine, bytes));
        if (cache.TryRead() is Artifact cached)
        {
            try
            {
                if (cached.ModuleBytes.AsSpan().SequenceEqual(bytes) && TryFromCachedArtifact(engine, cached) is Module hit)
                {
                    hit.FromCache = true;
                    return hit;
                }
            }
            finally
            {
                cached.ReleaseStagedImage();
            }
        }

        var module = new Module(engine, DecodeAndValidate(engine, bytes));

        // A module that tiers up would compile all of its code to be saved: the cache keeps its bytes only.
        cache.Write(ArtifactFormat.Write(module.CreateArtifact(includeCode: !engine.TiersUp(module.Info))));
        return module;
    }

    // A cache entry of another build or configuration (or damaged) is not an error: it is replaced.
    private static Module? TryFromCachedArtifact(Engine engine, Artifact artifact)
    {
        try
        {
            return FromCompatibleArtifact(engine, artifact);
        }
        catch (WasmSerializationException)
        {
            return null;
        }
    }

    // SHA-256 of everything the entry depends on: the module, the code settings, and the build.
    private static string CacheKey(Engine engine, byte[] bytes)
    {
        var key = new System.Text.StringBuilder();
        CodeSettings settings = CodeSettings.For(engine);
        key.Append(settings.Version).Append('|').Append((long)settings.Features).Append('|').Append(settings.Cpu).Append('|').Append(engine.Strategy);
        foreach ((string name, string value) in settings.Settings)
        {
            key.Append('|').Append(name).Append('=').Append(value);
        }

        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            key.Append('|').Append(RuntimeBuild);
        }

        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(key.ToString()));
        hash.AppendData(bytes);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private Artifact CreateArtifact(bool includeCode)
    {
        SavedCode? code = null;
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            if (includeCode)
            {
                code = SaveCode(Engine, Info, _code.IsValueCreated ? _code.Value : null);
            }
        }

        return new Artifact(CodeSettings.For(Engine), Info.Bytes.ToArray(), code);
    }

    // The module's code to save: that of compiled, if it was compiled to be saved; otherwise
    // compiled now. None where the engine interprets (or, under Auto, where the compiler has a limit).
    [RequiresDynamicCode(Compilation.DynamicCodeMessages.CompilerTier)]
    private static SavedCode? SaveCode(Engine engine, ModuleInfo info, Vm.ModuleCode? compiled)
    {
        if (engine.Strategy == Strategy.Interpreter)
        {
            return null;
        }

        if (compiled is Compilation.CompiledModule { Persisted: Compilation.PersistedCode persisted })
        {
            return new SavedCode(RuntimeBuild, persisted);
        }

        try
        {
            return new SavedCode(RuntimeBuild, Compilation.ModuleCompiler.Persist(info, engine.ConsumeFuel, engine.EpochInterruption, engine.FunctionSplitThreshold, engine.EpochDeadlineContinuation, engine.GenerateAddressMap, engine.SegmentedStack));
        }
        catch (WasmImplementationLimitException) when (engine.Strategy == Strategy.Auto)
        {
            return null;
        }
    }

    // The module of an artifact made for an engine with this one's code settings, version and CPU
    // features; refused otherwise.
    private static Module FromCompatibleArtifact(Engine engine, Artifact artifact)
    {
        CodeSettings.For(engine).CheckCompatible(artifact.Settings);
        return FromArtifact(engine, artifact);
    }

    // Decoded without validation: the artifact's checksum vouches that these are the bytes a
    // validating engine with the same features saved.
    private static Module FromArtifact(Engine engine, Artifact artifact)
    {
        ModuleInfo info = ModuleDecoder.Decode(artifact.ModuleBytes, engine.Features);
        Vm.ModuleCode? code = null;
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            code = LoadCode(engine, info, artifact.Code);
        }

        // Saved code runs compiled, whatever the engine would choose for the module's size.
        if (code is null)
        {
            engine.PrepareToRun(info);
        }

        return new Module(engine, info, code);
    }

    [RequiresDynamicCode(Compilation.DynamicCodeMessages.CompilerTier)]
    private static Vm.ModuleCode? LoadCode(Engine engine, ModuleInfo info, SavedCode? saved)
    {
        if (saved is null || engine.Strategy == Strategy.Interpreter)
        {
            return null;
        }

        if (saved.Runtime != RuntimeBuild)
        {
            throw new WasmSerializationException($"Module was compiled by a different build of WasmSharp {CodeSettings.CurrentVersion}: its compiled code only runs with the build that made it");
        }

        Compilation.CompiledModule code = Compilation.PersistedCodeLoader.Load(info, saved.Code);

        // Created from bytes, a module is compiled to machine code before it runs (Module's
        // constructor), unless it is lazy; loaded, it is compiled at first calls and on the other
        // cores while it runs. Compiling all of it first would cost what the load saves.
        if (engine.ParallelCompilation)
        {
            code.CompileInBackground(saved.Code.CallOrder);
        }

        return code;
    }

    // The code-compatible identity of this build: the WasmSharp assembly's module version id, which
    // deterministic builds derive from its contents. Compiled code calls its internals.
    private static Guid RuntimeBuild => typeof(Module).Module.ModuleVersionId;

    [RequiresDynamicCode(Compilation.DynamicCodeMessages.CompilerTier)]
    private static Vm.ModuleCode CompileCode(ModuleInfo info, Engine engine, bool persist) =>
        Compilation.ModuleCompiler.Compile(info, engine.ConsumeFuel, engine.EpochInterruption, engine.FunctionSplitThreshold, engine.EpochDeadlineContinuation, persist, engine.GenerateAddressMap, engine.SegmentedStack);
}
