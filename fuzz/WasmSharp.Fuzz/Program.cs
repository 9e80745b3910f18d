using System.CommandLine;
using WasmSharp.Fuzz.Common;
using WasmSharp.Fuzz.Diff;

// The WasmSharp fuzzers: differential execution against Wasmtime, mutation of binaries and text, a fixed
// hostile-guest suite and WASI differential runs. See fuzz/README.md.
var common = new CommonOptions();

var features = new Option<string>("--features")
{
    Description = $"Extra binaryen features, comma-separated, each on in about 2 cases of 3: {string.Join(",", BinaryenGenerator.ExtraFeatures.Keys)}.",
    DefaultValueFactory = _ => "",
};
var diff = new Command("diff", "Differential execution of binaryen -ttf modules against Wasmtime.") { features };
common.AddTo(diff);
diff.SetAction(result =>
{
    if (!BinaryenGenerator.IsAvailable())
    {
        Console.Error.WriteLine("error: wasm-opt (binaryen) is not on the PATH; apt-get install binaryen");
        return 2;
    }

    FuzzSettings settings = common.Read(result, "diff", result.GetValue(features)!);
    var fuzzer = new DiffFuzzer(settings.Features, settings.OutDir);
    return CampaignRunner.Run(settings, args, fuzzer.Run);
});

var root = new RootCommand("WasmSharp fuzzers.") { diff };
return root.Parse(args).Invoke();
