using WasmSharp.TestSupport;
using WasmSharp.Text;
using WasmSharp.Text.Wast;

namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// Seed inputs from the official spec suite: a seed-chosen sample of its .wast scripts, as text (for the text
/// mutator) and as the binaries of the modules they define or assert about (for the binary mutator).
/// </summary>
internal sealed class SpecCorpus
{
    private SpecCorpus(IReadOnlyList<string> files, IReadOnlyList<string> scriptTexts, IReadOnlyList<string> moduleTexts, IReadOnlyList<byte[]> binaries)
    {
        Files = files;
        ScriptTexts = scriptTexts;
        ModuleTexts = moduleTexts;
        Binaries = binaries;
    }

    /// <summary>The sampled .wast files.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The whole text of each sampled script.</summary>
    public IReadOnlyList<string> ScriptTexts { get; }

    /// <summary>The text of each text-format module in the sampled scripts.</summary>
    public IReadOnlyList<string> ModuleTexts { get; }

    /// <summary>The binary encoding of each module in the sampled scripts (valid or not).</summary>
    public IReadOnlyList<byte[]> Binaries { get; }

    /// <summary>
    /// The folder of the spec suite: <paramref name="explicitPath"/>, else $WASMSHARP_TESTSUITE, else
    /// ../shared/testsuite beside the repository; null if none exists.
    /// </summary>
    public static string? Locate(string? explicitPath) =>
        !string.IsNullOrEmpty(explicitPath) ? (Directory.Exists(explicitPath) ? explicitPath : null) : SharedFolder.Find("WASMSHARP_TESTSUITE", "testsuite");

    /// <summary>Loads <paramref name="fileCount"/> scripts chosen by <paramref name="seed"/> from <paramref name="suite"/>.</summary>
    public static SpecCorpus Load(string suite, ulong seed, int fileCount)
    {
        string[] all = Directory.GetFiles(suite, "*.wast", SearchOption.AllDirectories);
        Array.Sort(all, StringComparer.Ordinal);
        var random = new Random((int)(seed % int.MaxValue));
        string[] chosen = all.OrderBy(_ => random.Next()).Take(fileCount).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var scripts = new List<string>();
        var moduleTexts = new List<string>();
        var binaries = new List<byte[]>();
        foreach (string file in chosen)
        {
            string text = File.ReadAllText(file);
            scripts.Add(text);
            WastScript script;
            try
            {
                script = WastParser.ParseScript(text, file);
            }
            catch (WatParseException e)
            {
                throw new InvalidDataException($"the spec script {file} does not parse: {e.Message}", e);
            }

            foreach (WastCommand command in script.Commands)
            {
                WastModule? module = command switch
                {
                    WastModuleCommand c => c.Module,
                    WastAssertInvalid c => c.Module,
                    WastAssertMalformed c => c.Module,
                    WastAssertUnlinkable c => c.Module,
                    WastAssertUninstantiable c => c.Module,
                    WastAssertTrap { Module: WastModule m } => m,
                    _ => null,
                };
                if (module is null)
                {
                    continue;
                }

                if (module.Kind == WastModuleKind.Text && module.Text is string moduleText)
                {
                    moduleTexts.Add(moduleText);
                }

                try
                {
                    binaries.Add(module.ToBinary());
                }
                catch (WatParseException)
                {
                    // assert_malformed text modules have no binary; they still seed the text mutator.
                }
            }
        }

        return new SpecCorpus(chosen, scripts, moduleTexts, binaries);
    }
}
