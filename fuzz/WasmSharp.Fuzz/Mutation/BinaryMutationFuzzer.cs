using WasmSharp.Fuzz.Common;
using WasmSharp.Fuzz.Diff;
using WT = Wasmtime;

namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// The <c>mutate-binary</c> mode: mutates seed modules (binaryen -ttf output and the spec suite's modules)
/// and runs the result through Module.Validate, Module.FromBytes, instantiation with stub imports and calls
/// of its exports. Only documented exceptions may come out; Validate and FromBytes must agree; and when the
/// unmutated seed gets the same verdict from both, WasmSharp's validator must agree with Wasmtime's.
/// </summary>
internal sealed class BinaryMutationFuzzer
{
    private readonly List<byte[]> _seeds;
    private readonly Dictionary<EngineChoice, Engine> _engines = new();
    private readonly Dictionary<int, bool> _seedAgreement = new();

    /// <summary>
    /// The validator compared with Wasmtime's: every proposal Wasmtime 50 enables in the oracle's
    /// configuration, i.e. all of WasmSharp's but legacy exceptions and custom page sizes.
    /// </summary>
    private readonly Engine _validationEngine = new(new Config
    {
        Features = WasmFeatures.All & ~WasmFeatures.LegacyExceptions & ~WasmFeatures.CustomPageSizes,
    });

    private readonly int _generatedSeeds;

    /// <summary>Creates the fuzzer; the first <paramref name="generatedSeeds"/> seeds are binaryen's, drawn half of the time.</summary>
    public BinaryMutationFuzzer(List<byte[]> seeds, int generatedSeeds)
    {
        _seeds = seeds;
        _generatedSeeds = generatedSeeds;
    }

    /// <summary>How many seed modules the mutator draws from.</summary>
    public int SeedCount => _seeds.Count;

    /// <summary>Builds the seed corpus: up to <paramref name="ttfCount"/> binaryen modules plus the spec modules.</summary>
    public static List<byte[]> BuildSeeds(SpecCorpus? spec, int ttfCount, ulong seed, string outDir, out int generated)
    {
        var seeds = new List<byte[]>();
        if (ttfCount > 0 && BinaryenGenerator.IsAvailable())
        {
            string work = Path.Combine(outDir, $".work-mutate-{Environment.ProcessId}");
            Directory.CreateDirectory(work);
            for (int i = 0; i < ttfCount; i++)
            {
                Random random = CaseRandom.For(seed ^ 0x5EED, i);
                var input = new byte[random.Next(256, 4096)];
                random.NextBytes(input);
                if (BinaryenGenerator.Generate(input, BinaryenGenerator.DefaultFlags, work, out _) is byte[] wasm)
                {
                    seeds.Add(wasm);
                }
            }

            Directory.Delete(work, recursive: true);
        }

        generated = seeds.Count;
        if (spec is not null)
        {
            seeds.AddRange(spec.Binaries);
        }

        if (seeds.Count == 0)
        {
            throw new InvalidOperationException("no seed modules: neither wasm-opt nor the spec suite is available");
        }

        return seeds;
    }

    /// <summary>Runs one case.</summary>
    public CaseResult Run(CaseContext context)
    {
        Random random = context.Random;
        // Binaryen's modules are few but large and full of code; the spec's are many and small.
        int seedIndex = _generatedSeeds > 0 && random.Next(2) == 0 ? random.Next(_generatedSeeds) : random.Next(_seeds.Count);
        byte[] seed = _seeds[seedIndex];
        var log = new List<string>();
        byte[] mutated = BinaryMutator.Mutate(seed, _seeds, random, log);
        EngineChoice choice = EngineChoice.Draw(random) with { ConsumeFuel = true };
        context.AddInput("seed.wasm", seed);
        context.AddInput("mutated.wasm", mutated);
        context.Note($"seed module: #{seedIndex} ({seed.Length} bytes)");
        context.Note($"mutations: {string.Join("; ", log)}");
        context.Note($"wasmsharp config: {choice}");

        if (!_engines.TryGetValue(choice, out Engine? engine))
        {
            engine = new Engine(choice.ToConfig());
            _engines[choice] = engine;
        }

        string? validateError = Attempt(() => Module.Validate(engine, mutated), out Exception? validateCrash);
        if (validateCrash is not null)
        {
            return CaseResult.Fail($"Module.Validate threw {validateCrash}");
        }

        Module? module = null;
        string? decodeError = Attempt(() => module = Module.FromBytes(engine, mutated), out Exception? decodeCrash);
        if (decodeCrash is not null)
        {
            return CaseResult.Fail($"Module.FromBytes threw {decodeCrash}");
        }

        if ((validateError is null) != (decodeError is null))
        {
            return CaseResult.Fail($"Module.Validate and Module.FromBytes disagree\nValidate: {validateError ?? "valid"}\nFromBytes: {decodeError ?? "valid"}");
        }

        var outcomes = new List<string>();
        if (module is not null)
        {
            try
            {
                ModuleExerciser.Exercise(module, outcomes);
            }
            catch (Exception e)
            {
                return CaseResult.Fail($"running the module threw {e}\nsteps before: {string.Join("; ", outcomes)}");
            }
        }

        if (SeedAgrees(seedIndex))
        {
            string? ours = Attempt(() => Module.Validate(_validationEngine, mutated), out Exception? crash);
            if (crash is not null)
            {
                return CaseResult.Fail($"Module.Validate threw {crash}");
            }

            string? theirs = WT.Module.Validate(WasmtimeExecutor.Engine, mutated);
            if ((ours is null) != (theirs is null))
            {
                return CaseResult.Fail($"validators disagree\nWasmSharp: {ours ?? "valid"}\nWasmtime: {theirs ?? "valid"}");
            }
        }

        return CaseResult.Passed(module is null ? $"rejected: {decodeError}" : $"valid; {string.Join("; ", outcomes)}");
    }

    /// <summary>Whether both validators give the unmutated seed the same verdict (cached per seed).</summary>
    private bool SeedAgrees(int seedIndex)
    {
        if (!_seedAgreement.TryGetValue(seedIndex, out bool agrees))
        {
            byte[] seed = _seeds[seedIndex];
            string? ours = Attempt(() => Module.Validate(_validationEngine, seed), out Exception? crash);
            agrees = crash is null && (ours is null) == (WT.Module.Validate(WasmtimeExecutor.Engine, seed) is null);
            _seedAgreement[seedIndex] = agrees;
        }

        return agrees;
    }

    /// <summary>Runs <paramref name="action"/>; returns null on success, the message of an allowed exception, or sets <paramref name="crash"/>.</summary>
    private static string? Attempt(Action action, out Exception? crash)
    {
        crash = null;
        try
        {
            action();
            return null;
        }
        catch (Exception e) when (AllowedOutcome.IsAllowed(e))
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
        catch (Exception e)
        {
            crash = e;
            return "crash";
        }
    }
}
