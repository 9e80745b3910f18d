using System.CommandLine;
using WasmSharp.Fuzz.Common;
using WasmSharp.Fuzz.Diff;
using WasmSharp.Fuzz.Hostile;
using WasmSharp.Fuzz.Mutation;
using WasmSharp.Fuzz.Wasi;

// The WasmSharp fuzzers: differential execution against Wasmtime, mutation of binaries and text, a fixed
// hostile-guest suite and WASI differential runs. See fuzz/README.md.
var common = new CommonOptions();

var features = new Option<string>("--features")
{
    Description = $"Extra binaryen features, comma-separated, each on in about 2 cases of 3: {string.Join(",", BinaryenGenerator.ExtraFeatures.Keys)}.",
    DefaultValueFactory = _ => "",
};
var configs = new Option<int>("--configs")
{
    Description = "WasmSharp configurations per module, each compared with the one Wasmtime run (rotated over fuel, epochs, splitting, parallel and lazy compilation, and the compiler or the interpreter).",
    DefaultValueFactory = _ => 1,
};
var diffReplay = new Option<FileInfo?>("--replay")
{
    Description = "Run one module (.wasm, e.g. a reduced module.wasm) in both runtimes under --config and print the comparison; exits 1 when they differ.",
};
var diffConfig = new Option<string>("--config")
{
    Description = "The WasmSharp configuration of --replay: comma-separated fuel, epoch, fst=N, parallel, lazy, interp, addrmap (default: none of them).",
    DefaultValueFactory = _ => "",
};
var argumentSeed = new Option<int>("--argument-seed")
{
    Description = "Seed of the export arguments of --replay (a case's `argument seed` note).",
    DefaultValueFactory = _ => 0,
};
var diff = new Command("diff", "Differential execution of binaryen -ttf modules against Wasmtime.") { features, configs, diffReplay, diffConfig, argumentSeed };
common.AddTo(diff);
diff.SetAction(result =>
{
    if (result.GetValue(diffReplay) is FileInfo saved)
    {
        using var replayer = new DiffFuzzer(result.GetValue(features)!, Path.GetFullPath(result.GetValue<string>("--out")!));
        CaseResult outcome = replayer.Replay(File.ReadAllBytes(saved.FullName), EngineChoice.Parse(result.GetValue(diffConfig)!), result.GetValue(argumentSeed));
        Console.WriteLine($"{saved.Name}: {outcome.Verdict.ToString().ToUpperInvariant()}");
        if (result.GetValue<bool>("--verbose") || outcome.Verdict == CaseVerdict.Fail)
        {
            Console.WriteLine(outcome.Detail);
        }

        return outcome.Verdict == CaseVerdict.Fail ? 1 : 0;
    }

    if (!BinaryenGenerator.IsAvailable())
    {
        Console.Error.WriteLine("error: wasm-opt (binaryen) is not on the PATH; apt-get install binaryen");
        return 2;
    }

    int configCount = result.GetValue(configs);
    if (configCount < 1)
    {
        Console.Error.WriteLine("error: --configs must be at least 1");
        return 2;
    }

    FuzzSettings settings = common.Read(result, "diff", result.GetValue(features)!) with { ModeArguments = configCount > 1 ? $"--configs {configCount}" : "" };
    using var fuzzer = new DiffFuzzer(settings.Features, settings.OutDir, configCount);
    return CampaignRunner.Run(settings, args, fuzzer.Run);
});

var testsuite = new Option<string?>("--testsuite") { Description = "The spec suite folder (default: $WASMSHARP_TESTSUITE, else ../shared/testsuite)." };
var corpusFiles = new Option<int>("--corpus-files") { Description = "How many spec scripts (chosen by seed) seed the mutators.", DefaultValueFactory = _ => 60 };
var ttfSeeds = new Option<int>("--ttf-seeds") { Description = "How many binaryen -ttf modules seed the binary mutator (when wasm-opt is available).", DefaultValueFactory = _ => 16 };

var mutateBinary = new Command("mutate-binary", "Mutation fuzzing of the decoder, validator, compiler and instantiation.") { testsuite, corpusFiles, ttfSeeds };
common.AddTo(mutateBinary);
mutateBinary.SetAction(result =>
{
    FuzzSettings settings = common.Read(result, "mutate-binary", "");
    if (settings.Fork)
    {
        return CampaignRunner.Run(settings, args, _ => throw new InvalidOperationException("a forking parent runs no case"));
    }

    string? suite = SpecCorpus.Locate(result.GetValue(testsuite));
    SpecCorpus? spec = suite is null ? null : SpecCorpus.Load(suite, settings.Seed, result.GetValue(corpusFiles));
    List<byte[]> seeds = BinaryMutationFuzzer.BuildSeeds(spec, result.GetValue(ttfSeeds), settings.Seed, settings.OutDir, out int generated);
    var fuzzer = new BinaryMutationFuzzer(seeds, generated);
    Console.WriteLine($"mutate-binary: {fuzzer.SeedCount} seed modules ({generated} from binaryen, {spec?.Files.Count ?? 0} spec scripts from {suite ?? "nowhere"})");
    return CampaignRunner.Run(settings, args, fuzzer.Run);
});

var mutateText = new Command("mutate-text", "Mutation fuzzing of the text parser (Module.FromText and the WAST parser).") { testsuite, corpusFiles };
common.AddTo(mutateText);
mutateText.SetAction(result =>
{
    FuzzSettings settings = common.Read(result, "mutate-text", "");
    if (settings.Fork)
    {
        return CampaignRunner.Run(settings, args, _ => throw new InvalidOperationException("a forking parent runs no case"));
    }

    string? suite = SpecCorpus.Locate(result.GetValue(testsuite));
    if (suite is null)
    {
        Console.Error.WriteLine("error: the spec suite was not found; pass --testsuite DIR or set WASMSHARP_TESTSUITE");
        return 2;
    }

    SpecCorpus spec = SpecCorpus.Load(suite, settings.Seed, result.GetValue(corpusFiles));
    Console.WriteLine($"mutate-text: {spec.ScriptTexts.Count} scripts, {spec.ModuleTexts.Count} module texts from {suite}");
    return CampaignRunner.Run(settings, args, new TextMutationFuzzer(spec).Run);
});

var hostile = new Command("hostile", "A fixed suite of hostile guests; each must end in a trap or documented error, host alive, within its bound.");
common.AddTo(hostile);
hostile.SetAction(result =>
{
    FuzzSettings settings = common.Read(result, "hostile", "");

    // One pass over the suite unless told otherwise, one line per case.
    if (result.GetValue<long?>("--cases") is null && result.GetValue<double?>("--seconds") is null)
    {
        settings = settings with { Cases = HostileSuite.Cases.Count };
    }

    return CampaignRunner.Run(settings with { Verbose = true }, args, HostileSuite.Run);
});

var strict = new Option<bool>("--strict")
{
    Description = "Also fail when Wasmtime traps on an argument that does not decode (bad flag, enum, pointer) and WasmSharp returns an errno (a known divergence, skipped by default).",
};
var replay = new Option<FileInfo?>("--replay")
{
    Description = "Run one guest (.wat exporting `run` and errno0.. globals, as saved in a reproduction) in both runtimes and print the comparison.",
};
var wasi = new Command("wasi", "WASI preview1 differential runs against Wasmtime: generated guests call preview1 functions with edge arguments in a sandbox.") { strict, replay };
common.AddTo(wasi);
wasi.SetAction(result =>
{
    FuzzSettings settings = common.Read(result, "wasi", "");
    using var fuzzer = new WasiDiffFuzzer(settings.OutDir, result.GetValue(strict));
    if (result.GetValue(replay) is FileInfo guest)
    {
        CaseResult outcome = fuzzer.Replay(File.ReadAllText(guest.FullName));
        Console.WriteLine($"{guest.Name}: {outcome.Verdict.ToString().ToUpperInvariant()} {outcome.Detail}");
        return outcome.Verdict == CaseVerdict.Fail ? 1 : 0;
    }

    return CampaignRunner.Run(settings, args, fuzzer.Run);
});

var root = new RootCommand("WasmSharp fuzzers.") { diff, mutateBinary, mutateText, hostile, wasi };
return root.Parse(args).Invoke();
