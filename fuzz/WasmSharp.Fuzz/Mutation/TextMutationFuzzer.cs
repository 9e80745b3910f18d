using WasmSharp.Fuzz.Common;
using WasmSharp.Text;
using WasmSharp.Text.Wast;

namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// The <c>mutate-text</c> mode: token-level mutations of the spec suite's scripts and modules, run through
/// the WAST parser (then each module's encoding through Module.FromBytes) or Module.FromText. Allowed
/// outcomes: success, WatParseException, WasmFormatException, WasmValidationException.
/// </summary>
internal sealed class TextMutationFuzzer
{
    /// <summary>At most this many modules of a mutated script are encoded and decoded.</summary>
    private const int MaxModulesPerScript = 24;

    private readonly SpecCorpus _corpus;
    private readonly Engine _engine = new();

    public TextMutationFuzzer(SpecCorpus corpus)
    {
        _corpus = corpus;
    }

    /// <summary>Runs one case.</summary>
    public CaseResult Run(CaseContext context)
    {
        Random random = context.Random;
        var log = new List<string>();
        bool wholeScript = _corpus.ModuleTexts.Count == 0 || random.Next(2) == 0;
        if (wholeScript)
        {
            int index = random.Next(_corpus.ScriptTexts.Count);
            string mutated = TextMutator.Mutate(_corpus.ScriptTexts[index], random, log);
            context.AddInput("mutated.wast", mutated);
            context.Note($"seed script: {_corpus.Files[index]}");
            context.Note($"mutations: {string.Join("; ", log)}");
            return RunScript(mutated);
        }
        else
        {
            int index = random.Next(_corpus.ModuleTexts.Count);
            string mutated = TextMutator.Mutate(_corpus.ModuleTexts[index], random, log);
            context.AddInput("mutated.wat", mutated);
            context.AddInput("seed.wat", _corpus.ModuleTexts[index]);
            context.Note($"mutations: {string.Join("; ", log)}");
            try
            {
                Module.FromText(_engine, mutated);
                return CaseResult.Passed("module accepted");
            }
            catch (Exception e) when (IsAllowed(e))
            {
                return CaseResult.Passed(e.GetType().Name);
            }
            catch (Exception e)
            {
                return CaseResult.Fail($"Module.FromText threw {e}");
            }
        }
    }

    private CaseResult RunScript(string text)
    {
        WastScript script;
        try
        {
            script = WastParser.ParseScript(text, "mutated.wast");
        }
        catch (Exception e) when (IsAllowed(e))
        {
            return CaseResult.Passed("script rejected: " + e.GetType().Name);
        }
        catch (Exception e)
        {
            return CaseResult.Fail($"WastParser.ParseScript threw {e}");
        }

        int modules = 0;
        foreach (WastCommand command in script.Commands)
        {
            if (command is not WastModuleCommand { Module: WastModule module } || modules++ >= MaxModulesPerScript)
            {
                continue;
            }

            try
            {
                Module.FromBytes(_engine, module.ToBinary());
            }
            catch (Exception e) when (IsAllowed(e))
            {
                // A mutated module may well be malformed or invalid.
            }
            catch (Exception e)
            {
                return CaseResult.Fail($"encoding or decoding module at line {command.Line} threw {e}");
            }
        }

        return CaseResult.Passed($"script parsed, {script.Commands.Count} commands");
    }

    private static bool IsAllowed(Exception e) => e is WatParseException or WasmFormatException or WasmValidationException;
}
