using WasmSharp.Serialization;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Saved compiled modules (<see cref="Module.Serialize"/>, <see cref="Module.Deserialize(Engine, byte[])"/>,
/// <see cref="Engine.PrecompileModule"/>) and the compilation cache (<see cref="Config.CacheDirectory"/>):
/// round trips under every strategy behave as the original module, incompatible artifacts are refused
/// with Wasmtime's messages, and damaged ones always raise <see cref="WasmSerializationException"/>.
/// (That saved code is valid in another process is tested through the CLI, in a fresh process.)
/// </summary>
public sealed class SerializationTests : IDisposable
{
    /// <summary>Imports, exports, memory, a table with call_indirect, SIMD constants kept opaque, GC types.</summary>
    public const string Wat = """
        (module
          (import "host" "add" (func $hadd (param i32 i32) (result i32)))
          (type $binop (func (param i32 i32) (result i32)))
          (type $point (struct (field i32) (field i32)))
          (memory (export "mem") 1)
          (data (i32.const 16) "\2a")
          (table $t 4 funcref)
          (elem (table $t) (i32.const 0) func $add $sub $hadd)
          (func $add (type $binop) local.get 0 local.get 1 i32.add)
          (func $sub (type $binop) local.get 0 local.get 1 i32.sub)
          (func (export "dispatch") (param i32 i32 i32) (result i32)
            local.get 1 local.get 2 local.get 0 call_indirect $t (type $binop))
          (func (export "simd") (param f32) (result f32)
            local.get 0 f32x4.splat
            v128.const f32x4 1.0 -0.0 1.0 nan
            f32x4.mul
            v128.const i8x16 8 9 10 11 4 5 6 7 0 1 2 3 12 13 14 15
            i8x16.swizzle
            f32x4.extract_lane 2)
          (func (export "point") (param i32 i32) (result i32) (local $p (ref null $point))
            (local.set $p (struct.new $point (local.get 0) (local.get 1)))
            (i32.add (struct.get $point 0 (local.get $p)) (struct.get $point 1 (local.get $p)))
            (ref.test (ref $point) (local.get $p))
            i32.add)
          (func (export "poke") (param i32 i32) local.get 0 local.get 1 i32.store))
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-serialization-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Engine EngineFor(Strategy strategy, Action<Config>? configure = null)
    {
        var config = new Config { Strategy = strategy };
        configure?.Invoke(config);
        return new Engine(config);
    }

    /// <summary>Runs every export of <see cref="Wat"/> and returns what it saw, traps included.</summary>
    private static string Exercise(Engine engine, Module module)
    {
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "add", (int a, int b) => a + b + 1000);
        Instance instance = linker.Instantiate(store, module);
        var dispatch = instance.GetTypedFunc<(int, int, int), int>(store, "dispatch");
        var results = new List<string>
        {
            dispatch.Call(store, (0, 7, 5)).ToString(),
            dispatch.Call(store, (1, 7, 5)).ToString(),
            dispatch.Call(store, (2, 7, 5)).ToString(),
            Assert.Throws<Trap>(() => dispatch.Call(store, (3, 7, 5))).Code.ToString(),
            BitConverter.SingleToInt32Bits(instance.GetTypedFunc<float, float>(store, "simd").Call(store, 2.5f)).ToString("x"),
            instance.GetTypedFunc<(int, int), int>(store, "point").Call(store, (40, 2)).ToString(),
        };
        instance.GetTypedFunc<(int, int), ValueTuple>(store, "poke").Call(store, (32, 77));
        Memory memory = instance.GetMemory(store, "mem")!;
        results.Add($"{memory.ReadInt32(store, 16)} {memory.ReadInt32(store, 32)}");
        return string.Join(",", results);
    }

    /// <summary>
    /// A trap in a deserialized module has the frames and module offsets of the same trap in the
    /// module it was saved from: the code sites of compiled methods are saved with their code.
    /// </summary>
    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void DeserializedCodeKeepsBacktraceOffsets(Strategy strategy)
    {
        const string wat = """
            (module $m
              (memory 1)
              (func $inner (param i32) (result i32) local.get 0 i32.load)
              (func $middle (param i32) (result i32) (i32.add (call $inner (local.get 0)) (i32.const 1)))
              (func (export "run") (param i32) (result i32) (call $middle (local.get 0))))
            """;
        Engine engine = EngineFor(strategy);
        var original = Module.FromText(engine, wat);
        Module loaded = Module.Deserialize(EngineFor(strategy), original.Serialize());

        static FrameInfo[] Frames(Module module)
        {
            var store = new Store<int>(module.Engine, 0);
            var run = new Instance(store, module, []).GetTypedFunc<int, int>(store, "run");
            return [.. Assert.Throws<Trap>(() => run.Call(store, 70000)).Backtrace.Frames];
        }

        FrameInfo[] expected = Frames(original);
        FrameInfo[] actual = Frames(loaded);
        Assert.Equal(["m!inner", "m!middle", "m!<wasm function 2>"], expected.Select(f => f.ToString()));
        Assert.All(expected, f => Assert.NotNull(f.ModuleOffset));
        Assert.Equal(expected.Select(f => (f.FuncIndex, f.ModuleOffset, f.FuncOffset)), actual.Select(f => (f.FuncIndex, f.ModuleOffset, f.FuncOffset)));
    }

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    [InlineData(Strategy.Auto)]
    public void DeserializedModuleBehavesAsTheOriginal(Strategy strategy)
    {
        Engine engine = EngineFor(strategy);
        Module original = Module.FromText(engine, Wat);
        string expected = Exercise(engine, original);
        Assert.Equal("12,2,1012,IndirectCallToNull,40200000,43,42 77", expected);

        byte[] artifact = original.Serialize();
        Assert.True(Engine.DetectPrecompiled(artifact));
        Module loaded = Module.Deserialize(engine, artifact);
        Assert.Equal(expected, Exercise(engine, loaded));
        Assert.Equal(original.Exports.Select(e => e.Name), loaded.Exports.Select(e => e.Name));
        Assert.Equal(original.Imports.Select(i => $"{i.Module}.{i.Name}"), loaded.Imports.Select(i => $"{i.Module}.{i.Name}"));

        // Compiling engines save the code, and run the loaded assembly rather than compiling again.
        if (strategy != Strategy.Interpreter)
        {
            Assert.NotNull(Assert.IsType<WasmSharp.Compilation.CompiledModule>(loaded.Code).Persisted);
        }
    }

    /// <summary>
    /// A module that Auto tiers up is saved without code, as the cache keeps it: loaded, it starts
    /// interpreted and compiles what is hot (loading the code of every function of a large program
    /// cost more than its cold start).
    /// </summary>
    [Fact]
    public void ArtifactsOfModulesThatTierUpHoldNoCode()
    {
        Engine tiering = EngineFor(Strategy.Auto, c => c.TierUpCodeSize = 0);
        Engine compiler = EngineFor(Strategy.Compiler);
        byte[] wat = System.Text.Encoding.UTF8.GetBytes(Wat);
        Module original = Module.FromText(tiering, Wat);
        string expected = Exercise(tiering, original);

        byte[] serialized = original.Serialize();
        byte[] precompiled = tiering.PrecompileModule(wat);
        Assert.True(compiler.PrecompileModule(wat).Length > precompiled.Length);
        foreach (byte[] artifact in (byte[][])[serialized, precompiled])
        {
            Module loaded = Module.Deserialize(tiering, artifact);
            Assert.NotNull(Assert.IsType<WasmSharp.Interpretation.InterpretedModule>(loaded.Code).TierUp);
            Assert.Equal(expected, Exercise(tiering, loaded));
        }
    }

    [Fact]
    public void ArtifactsCrossStrategies()
    {
        Engine compiler = EngineFor(Strategy.Compiler);
        Engine interpreter = EngineFor(Strategy.Interpreter);
        string expected = Exercise(compiler, Module.FromText(compiler, Wat));

        byte[] withCode = compiler.PrecompileModule(System.Text.Encoding.UTF8.GetBytes(Wat));
        byte[] withoutCode = interpreter.PrecompileModule(System.Text.Encoding.UTF8.GetBytes(Wat));
        Assert.True(withCode.Length > withoutCode.Length);

        Module interpreted = Module.Deserialize(interpreter, withCode);
        Assert.IsType<WasmSharp.Interpretation.InterpretedModule>(interpreted.Code);
        Assert.Equal(expected, Exercise(interpreter, interpreted));

        Module compiled = Module.Deserialize(compiler, withoutCode);
        Assert.IsType<WasmSharp.Compilation.CompiledModule>(compiled.Code);
        Assert.Equal(expected, Exercise(compiler, compiled));
    }

    /// <summary>A <c>br_table</c> with only a default: an IL <c>switch</c> without targets, which <c>PersistedAssemblyBuilder</c> rejects.</summary>
    [Fact]
    public void ABranchTableWithOnlyADefaultIsSaved()
    {
        Engine engine = EngineFor(Strategy.Compiler);
        byte[] artifact = engine.PrecompileModule(System.Text.Encoding.UTF8.GetBytes("""
            (module (func (export "f") (param i32) (result i32)
              (block $b (result i32) (br_table $b (i32.const 7) (local.get 0)))))
            """));
        var store = new Store<int>(engine, 0);
        var f = new Instance(store, Module.Deserialize(engine, artifact), []).GetTypedFunc<int, int>(store, "f");
        Assert.Equal((7, 7), (f.Call(store, 0), f.Call(store, 5)));
    }

    [Fact]
    public void DeserializeFileReadsWhatSerializeWrote()
    {
        Engine engine = EngineFor(Strategy.Compiler);
        Module original = Module.FromText(engine, Wat);
        string path = Path.Combine(_directory, "module.cwasm");
        File.WriteAllBytes(path, original.Serialize());
        Assert.Equal(Exercise(engine, original), Exercise(engine, Module.DeserializeFile(engine, path)));
    }

    [Fact]
    public void AModuleLoadedFromAFileSavesItsCodeAgainByteForByte()
    {
        // DeserializeFile loads the saved assembly image from where it lies in the file's bytes
        // (not a copy); saving the module again writes that very image.
        Engine engine = EngineFor(Strategy.Compiler);
        byte[] artifact = Module.FromText(engine, Wat).Serialize();
        string path = Path.Combine(_directory, "again.cwasm");
        File.WriteAllBytes(path, artifact);
        Module loaded = Module.DeserializeFile(engine, path);
        Assert.Equal(artifact, loaded.Serialize());
        Assert.Equal(Exercise(engine, Module.Deserialize(engine, artifact)), Exercise(engine, loaded));
    }

    /// <summary>
    /// A loaded module's saved code is compiled on the other cores while it runs, in the order a
    /// run likely calls its functions first (depth first through direct calls from the start
    /// function, then the exports, then the rest), each function once.
    /// </summary>
    [Fact]
    public void TheArtifactListsFunctionsInTheirLikelyFirstCallOrder()
    {
        const string wat = """
            (module
              (func $a)
              (func $b call $d)
              (func $c call $a)
              (func $d)
              (func $start call $c call $b call $c)
              (func $unused call $a)
              (func (export "run") call $a call $d call $unused)
              (func (export "other") call $b)
              (start $start))
            """;
        Engine engine = EngineFor(Strategy.Compiler);
        Module loaded = Module.Deserialize(engine, Module.FromText(engine, wat).Serialize());
        var code = Assert.IsType<WasmSharp.Compilation.CompiledModule>(loaded.Code);
        Assert.Equal([4, 2, 0, 1, 3, 6, 5, 7], code.Persisted!.CallOrder);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ALoadedModuleIsCompiledInTheBackgroundWithParallelCompilation(bool parallel)
    {
        // Each function loads from memory, which may trap, so that the JIT does not inline it into "run".
        var wat = new System.Text.StringBuilder("(module (memory 1) (func (export \"run\") (result i32) i32.const 0");
        for (int i = 0; i < 40; i++)
        {
            wat.Append($" call $f{i} i32.add");
        }

        wat.Append(')');
        for (int i = 0; i < 40; i++)
        {
            wat.Append($" (func $f{i} (result i32) i32.const {4 * i} i32.load i32.const {i} i32.add)");
        }

        wat.Append(')');
        Engine engine = EngineFor(Strategy.Compiler, c => c.ParallelCompilation = parallel);
        Module original = Module.FromText(engine, wat.ToString());
        static int Run(Module module)
        {
            var store = new Store<int>(module.Engine, 0);
            return new Instance(store, module, []).GetTypedFunc<ValueTuple, int>(store, "run").Call(store, default);
        }

        // The module created from text was compiled before it ran: its runs warm up the host's side.
        Assert.Equal(780, Run(original));
        Assert.Equal(780, Run(original));

        Module loaded = Module.Deserialize(engine, original.Serialize());
        var code = Assert.IsType<WasmSharp.Compilation.CompiledModule>(loaded.Code);
        if (!parallel || Environment.ProcessorCount < 2)
        {
            Assert.Null(code.Background);
        }
        else
        {
            Assert.True(code.Background!.Wait(TimeSpan.FromMinutes(2)));
        }

        long compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        Assert.Equal(780, Run(loaded));
        long compiledHere = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - compiledBefore;

        // Compiled in the background, nothing is left for the first run; otherwise it compiles
        // its 41 functions as it calls them.
        if (code.Background is null)
        {
            Assert.True(compiledHere >= 41, $"{compiledHere} methods compiled at first call");
        }
        else
        {
            Assert.Equal(0, compiledHere);
        }
    }

    /// <summary>
    /// Loaded modules share the background threads: however many are loaded at once, at most one
    /// thread per core but one compiles, and every module's work gets done.
    /// </summary>
    [Fact]
    public void ManyLoadedModulesShareTheBackgroundThreads()
    {
        Engine engine = EngineFor(Strategy.Compiler);
        byte[] artifact = Module.FromText(engine, Wat).Serialize();
        var modules = new List<Module>();
        int most = 0;
        for (int i = 0; i < 24; i++)
        {
            modules.Add(Module.Deserialize(engine, artifact));
            most = Math.Max(most, WasmSharp.Compilation.BackgroundCompiler.Threads);
        }

        Assert.InRange(most, 0, Math.Max(0, Environment.ProcessorCount - 1));
        foreach (Module module in modules)
        {
            var code = Assert.IsType<WasmSharp.Compilation.CompiledModule>(module.Code);
            Assert.True(code.Background is null ? Environment.ProcessorCount < 2 : code.Background.Wait(TimeSpan.FromMinutes(2)));
        }

        Assert.Equal(Exercise(engine, modules[0]), Exercise(engine, modules[^1]));
    }

    [Fact]
    public void IncompatibleSettingsAreRefusedWithWasmtimesMessages()
    {
        byte[] artifact = EngineFor(Strategy.Compiler).PrecompileModule(System.Text.Encoding.UTF8.GetBytes(Wat));

        var fuel = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler, c => c.ConsumeFuel = true), artifact));
        Assert.Equal("Module was compiled with a different 'consume-fuel' setting: expected 'false' but host has 'true'", fuel.Message);

        var split = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler, c => c.FunctionSplitThreshold = 100), artifact));
        Assert.Contains("different 'function-split-threshold' setting", split.Message);

        // Code for a stack of one segment has no pending-trap checks after calls: an engine whose
        // stack is split must not run it. Another budget of one segment may.
        var stack = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler, c => c.MaxWasmStack = 8 << 20), artifact));
        Assert.Equal("Module was compiled with a different 'stack-segments' setting: expected 'false' but host has 'true'", stack.Message);
        Assert.NotNull(Module.Deserialize(EngineFor(Strategy.Compiler, c => c.MaxWasmStack = 1 << 20), artifact));

        var feature = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler, c => c.Features &= ~WasmFeatures.WideArithmetic), artifact));
        Assert.Equal("Module was compiled with support for WebAssembly feature `WideArithmetic` but it is not enabled for the host", feature.Message);

        // Artifacts of another version or CPU, written as that build would (same layout, valid checksum).
        Artifact saved = ArtifactFormat.Read(artifact);
        byte[] otherVersion = ArtifactFormat.Write(saved with { Settings = saved.Settings with { Version = "0.0.1+0123abc" } });
        var version = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler), otherVersion));
        Assert.StartsWith("Module was compiled with incompatible WasmSharp version '0.0.1+0123abc'", version.Message);

        byte[] otherCpu = ArtifactFormat.Write(saved with { Settings = saved.Settings with { Cpu = "arm64+future" } });
        var cpu = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler), otherCpu));
        Assert.Contains("compiled for incompatible CPU features 'arm64+future'", cpu.Message);

        byte[] otherBuild = ArtifactFormat.Write(saved with { Code = saved.Code! with { Runtime = Guid.NewGuid() } });
        var build = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(EngineFor(Strategy.Compiler), otherBuild));
        Assert.Contains("compiled by a different build of WasmSharp", build.Message);

        // The interpreter runs the saved bytes, so another build's code does not matter there.
        Module.Deserialize(EngineFor(Strategy.Interpreter), otherBuild);
    }

    [Fact]
    public void WhatIsNotAnArtifactIsRefused()
    {
        Engine engine = EngineFor(Strategy.Compiler);
        byte[] wasm = Module.FromText(engine, Wat).Info.Bytes.ToArray();
        Assert.False(Engine.DetectPrecompiled(wasm));
        Assert.StartsWith("not a precompiled WasmSharp module", Assert.Throws<WasmSerializationException>(() => Module.Deserialize(engine, wasm)).Message);
        Assert.Throws<WasmSerializationException>(() => Module.Deserialize(engine, ReadOnlySpan<byte>.Empty));

        // An artifact with code starts with a PE image, as any .NET assembly does: the stamp in its
        // DOS stub tells them apart.
        string assembly = typeof(SerializationTests).Assembly.Location;
        Assert.False(Engine.DetectPrecompiled(File.ReadAllBytes(assembly)));
        Assert.StartsWith("not a precompiled WasmSharp module", Assert.Throws<WasmSerializationException>(() => Module.DeserializeFile(engine, assembly)).Message);
        byte[] artifact = Module.FromText(engine, Wat).Serialize();
        Assert.Equal("MZ"u8.ToArray(), artifact[..2]);
        Assert.True(Engine.DetectPrecompiled(artifact.AsSpan(0, ArtifactFormat.StampOffset + 16)));
        Assert.False(Engine.DetectPrecompiled(artifact.AsSpan(0, ArtifactFormat.StampOffset + 15)));
    }

    /// <summary>
    /// The assembly of an artifact file is loaded from a private copy the runtime maps, deleted once
    /// loaded, never from the artifact file itself: the file can be written into, truncated or
    /// replaced while its module runs (a file mapped by the runtime and truncated would end the
    /// process). Saving a loaded module again reads its image from the artifact file, and refuses a
    /// file that no longer holds it.
    /// </summary>
    [Fact]
    public void AnArtifactFileCanBeChangedWhileItsModuleRuns()
    {
        Engine engine = EngineFor(Strategy.Compiler);
        string path = Path.Combine(_directory, "mapped.cwasm");
        File.WriteAllBytes(path, Module.FromText(engine, Wat).Serialize());
        Module first = Module.DeserializeFile(engine, path);
        static string Location(Module module) => Assert.IsType<WasmSharp.Compilation.CompiledModule>(module.Code).Types[0].Assembly.Location;
        string staged = Location(first);
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal("", staged);
        }
        else
        {
            Assert.StartsWith(Path.GetTempPath(), staged);
            Assert.False(File.Exists(staged));
        }

        // Written into in place, first truncated: the loaded module does not notice.
        byte[] other = Module.FromText(engine, Wat).Serialize();
        File.WriteAllBytes(path, other[..100]);
        string expected = Exercise(engine, Module.FromText(engine, Wat));
        Assert.Equal(expected, Exercise(engine, first));
        Assert.Contains("changed after it was read", Assert.Throws<WasmSerializationException>(first.Serialize).Message);

        File.WriteAllBytes(path, other);
        Module second = Module.DeserializeFile(engine, path);
        if (!OperatingSystem.IsWindows())
        {
            Assert.NotEqual(staged, Location(second));
        }

        Assert.Equal(expected, Exercise(engine, second));
        Assert.Equal(expected, Exercise(engine, first));
        Assert.Equal(other, second.Serialize());
    }

    /// <summary>
    /// The private copy of an artifact file's image is deleted when it is loaded, and when the
    /// artifact is released unloaded (refused, or run by the interpreter): a 100 MB copy must not
    /// stay behind in the temporary folder.
    /// </summary>
    [Fact]
    public void ThePrivateCopyOfAnImageIsDeletedWhenLoadedOrReleased()
    {
        Engine engine = EngineFor(Strategy.Compiler);
        string path = Path.Combine(_directory, "staged.cwasm");
        File.WriteAllBytes(path, Module.FromText(engine, Wat).Serialize());
        Artifact artifact = ArtifactFormat.ReadFile(path);
        string? staged = artifact.Code!.Code.Image.StagedFile;
        if (OperatingSystem.IsWindows())
        {
            Assert.Null(staged);
            return;
        }

        Assert.True(File.Exists(staged));
        artifact.ReleaseStagedImage();
        Assert.False(File.Exists(staged));
        Assert.Null(artifact.Code.Code.Image.StagedFile);

        // Refused (another engine's settings) and interpreted: DeserializeFile releases the copy.
        Assert.Throws<WasmSerializationException>(() => Module.DeserializeFile(EngineFor(Strategy.Compiler, c => c.ConsumeFuel = true), path));
        Engine interpreter = EngineFor(Strategy.Interpreter);
        Assert.Equal(Exercise(engine, Module.FromText(engine, Wat)), Exercise(interpreter, Module.DeserializeFile(interpreter, path)));
    }

    /// <summary>
    /// Every truncation and many single-byte changes of an artifact either load a module that
    /// behaves as the original or raise <see cref="WasmSerializationException"/>: never a crash or
    /// another exception.
    /// </summary>
    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void DamagedArtifactsRaiseWasmSerializationException(Strategy strategy)
    {
        Engine engine = EngineFor(strategy);
        Module original = Module.FromText(engine, Wat);
        string expected = Exercise(engine, original);
        byte[] artifact = original.Serialize();
        var random = new Random(12345);
        int loaded = 0, refused = 0;
        string path = Path.Combine(_directory, "damaged.cwasm");
        void Check(byte[] damaged)
        {
            // From memory, and from a file, which is read by a parser of its own (ArtifactFormat.ReadFile).
            // Replaced by a rename, never written in place (see the cache test).
            File.WriteAllBytes(path + ".new", damaged);
            File.Move(path + ".new", path, overwrite: true);
            foreach (Func<Module> load in new Func<Module>[] { () => Module.Deserialize(engine, damaged), () => Module.DeserializeFile(engine, path) })
            {
                Module module;
                try
                {
                    module = load();
                }
                catch (WasmSerializationException)
                {
                    refused++;
                    continue;
                }

                loaded++;
                Assert.Equal(expected, Exercise(engine, module));
            }
        }

        for (int length = 0; length < artifact.Length; length += 1 + length / 16)
        {
            Check(artifact[..length]);
        }

        for (int i = 0; i < 400; i++)
        {
            byte[] damaged = (byte[])artifact.Clone();
            int offset = i < 64 ? i : random.Next(damaged.Length);
            damaged[offset] ^= (byte)(1 << random.Next(8));
            Check(damaged);
        }

        Check([.. artifact, 0]);
        Assert.True(refused > 800, $"{refused} refused");
        Assert.Equal(0, loaded);
    }

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void TheCacheServesTheSecondCreationAndReplacesADamagedEntry(Strategy strategy)
    {
        Engine engine = EngineFor(strategy, c => c.CacheDirectory = _directory);
        Module first = Module.FromText(engine, Wat);
        Assert.False(first.FromCache);
        string entry = Assert.Single(Directory.GetFiles(Path.Combine(_directory, "modules")));
        Assert.EndsWith(".cwasm", entry);
        string expected = Exercise(engine, first);

        Module second = Module.FromText(engine, Wat);
        Assert.True(second.FromCache);
        Assert.Equal(expected, Exercise(engine, second));

        // A damaged entry is a miss: the module is compiled again and the entry rewritten. The
        // damaged copy replaces the entry by a rename: `second` has the entry's code mapped, and a
        // file written in place while mapped can end the process (SIGBUS), as with Wasmtime.
        byte[] bytes = File.ReadAllBytes(entry);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(entry + ".damaged", bytes);
        File.Move(entry + ".damaged", entry, overwrite: true);
        Module third = Module.FromText(engine, Wat);
        Assert.False(third.FromCache);
        Assert.Equal(expected, Exercise(engine, third));
        Assert.True(Module.FromText(engine, Wat).FromCache);

        // Another configuration has its own entry.
        Engine fuel = EngineFor(strategy, c => { c.CacheDirectory = _directory; c.ConsumeFuel = true; });
        Assert.False(Module.FromText(fuel, Wat).FromCache);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_directory, "modules")).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(_directory, "modules"), "*.tmp"));
    }

    [Fact]
    public void AnUnwritableCacheIsSkipped()
    {
        string file = Path.Combine(_directory, "not-a-folder");
        File.WriteAllText(file, "");
        Engine engine = EngineFor(Strategy.Compiler, c => c.CacheDirectory = file);
        Module module = Module.FromText(engine, Wat);
        Assert.False(module.FromCache);
        Assert.False(Module.FromText(engine, Wat).FromCache);
    }
}
