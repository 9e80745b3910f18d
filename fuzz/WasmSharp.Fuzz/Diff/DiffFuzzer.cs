using System.Text;
using WasmSharp.Fuzz.Common;
using WasmSharp.Types;

namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// The <c>diff</c> mode: binaryen generates a module from the case's random bytes; WasmSharp (under a
/// configuration rotated by seed) and Wasmtime both compile it, instantiate it, call every export with the
/// same arguments, and must agree on acceptance, results, traps, logged values and final memory. With
/// several configurations per case, each WasmSharp run is compared with the same Wasmtime run.
/// </summary>
internal sealed class DiffFuzzer : IDisposable
{
    private readonly Dictionary<EngineChoice, Engine> _engines = new();
    private readonly string[] _extraFeatures;
    private readonly string _workDir;
    private readonly int _configsPerModule;

    public DiffFuzzer(string features, string outDir, int configsPerModule = 1)
    {
        _configsPerModule = configsPerModule;
        _extraFeatures = features.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string feature in _extraFeatures)
        {
            if (!BinaryenGenerator.ExtraFeatures.ContainsKey(feature))
            {
                throw new ArgumentException($"unknown feature '{feature}'; known: {string.Join(", ", BinaryenGenerator.ExtraFeatures.Keys)}");
            }
        }

        _workDir = Path.Combine(outDir, $".work-diff-{Environment.ProcessId}");
        Directory.CreateDirectory(_workDir);
    }

    /// <summary>Runs one case.</summary>
    public CaseResult Run(CaseContext context)
    {
        Random random = context.Random;
        var flags = new List<string>(BinaryenGenerator.DefaultFlags);
        var enabled = new List<string>();
        foreach (string feature in _extraFeatures)
        {
            // Each requested feature is on in about two cases of three, so modules with and without it both run.
            if (random.Next(3) != 0)
            {
                enabled.Add(feature);
                flags.AddRange(BinaryenGenerator.ExtraFeatures[feature]);
            }
        }

        var input = new byte[random.Next(512, 16 * 1024)];
        random.NextBytes(input);
        var choices = new EngineChoice[_configsPerModule];
        for (int i = 0; i < choices.Length; i++)
        {
            choices[i] = EngineChoice.Draw(random);
        }

        int argumentSeed = random.Next();
        context.AddInput("ttf-input.dat", input);
        context.Note($"binaryen flags: {string.Join(' ', flags.Distinct())}");
        context.Note($"argument seed: {argumentSeed}");

        byte[]? wasm = BinaryenGenerator.Generate(input, flags.Distinct(), _workDir, out string generatorMessage);
        if (wasm is null)
        {
            return CaseResult.Skip($"wasm-opt -ttf failed: {generatorMessage.Split('\n')[0]}");
        }

        context.AddInput("module.wasm", wasm);
        using Wasmtime.Module? oracle = WasmtimeExecutor.Compile(wasm, out string? oracleError);
        ExecutionTrace? theirs = null;
        CaseResult result = CaseResult.Skip("no configuration ran");
        EngineChoice? last = null;
        foreach (EngineChoice choice in choices)
        {
            context.Note($"wasmsharp config: {choice}");
            last = choice;
            result = Compare(wasm, choice, oracle, oracleError, ref theirs, new Random(argumentSeed), enabled.Count > 0);
            if (result.Verdict != CaseVerdict.Pass)
            {
                break;
            }
        }

        // NaN payloads are nondeterministic (spec 4.3.3): a float op or constant folding may keep either
        // operand's bits, and a module that stores them and reads them back as integers (or hashes memory)
        // then differs between two correct runtimes. A trace divergence that disappears once binaryen's
        // --denan pass turns every NaN into 0 is counted as that, not as a failure.
        if (result.Verdict == CaseVerdict.Fail && result.Detail.StartsWith("traces diverge", StringComparison.Ordinal)
            && BinaryenGenerator.DeNaN(wasm, flags.Distinct(), _workDir) is byte[] withoutNaNs)
        {
            using Wasmtime.Module? oracleWithoutNaNs = WasmtimeExecutor.Compile(withoutNaNs, out string? errorWithoutNaNs);
            ExecutionTrace? theirsWithoutNaNs = null;
            CaseResult again = Compare(withoutNaNs, last!, oracleWithoutNaNs, errorWithoutNaNs, ref theirsWithoutNaNs, new Random(argumentSeed), enabled.Count > 0);
            if (again.Verdict == CaseVerdict.Pass)
            {
                return CaseResult.Skip("diverged only where NaN bits are nondeterministic: agrees after binaryen --denan");
            }
        }

        if (result.Verdict == CaseVerdict.Fail)
        {
            context.AddInput("module.wat", BinaryenGenerator.Print(wasm, flags.Distinct(), _workDir));
        }

        return result;
    }

    /// <summary>
    /// Runs one saved module (e.g. a reduced <c>module.wasm</c>) under <paramref name="choice"/> and compares it
    /// with Wasmtime, the export arguments drawn from <paramref name="argumentSeed"/> as a case does.
    /// </summary>
    public CaseResult Replay(byte[] wasm, EngineChoice choice, int argumentSeed)
    {
        using Wasmtime.Module? oracle = WasmtimeExecutor.Compile(wasm, out string? oracleError);
        ExecutionTrace? theirs = null;
        return Compare(wasm, choice, oracle, oracleError, ref theirs, new Random(argumentSeed), _extraFeatures.Length > 0);
    }

    // Runs the module under one WasmSharp configuration and compares it with Wasmtime's run, made on
    // the first call (`theirs`) and shared by the case's other configurations. `random` draws the
    // export arguments; every configuration of a case gets a generator with the same seed, so all
    // runs, Wasmtime's included, call the exports with the same arguments.
    private CaseResult Compare(byte[] wasm, EngineChoice choice, Wasmtime.Module? oracle, string? oracleError, ref ExecutionTrace? theirs, Random random, bool extendedFeatures)
    {
        if (!_engines.TryGetValue(choice, out Engine? engine))
        {
            engine = new Engine(choice.ToConfig());
            _engines[choice] = engine;
        }

        Module? module = null;
        string? ourError = null;
        try
        {
            module = Module.FromBytes(engine, wasm);
        }
        catch (Exception e) when (e is WasmFormatException or WasmValidationException)
        {
            ourError = $"{e.GetType().Name}: {e.Message}";
        }

        switch (module, oracle)
        {
            case (null, null):
                return CaseResult.Skip("both runtimes reject the module");
            case (null, _):
                return CaseResult.Fail($"WasmSharp rejects a module Wasmtime accepts\n{ourError}");
            case (_, null) when extendedFeatures:
                // Binaryen 108 predates the final GC and exception encodings; Wasmtime rejects what WasmSharp's
                // legacy-exception support accepts, which is no WasmSharp bug.
                return CaseResult.Skip($"Wasmtime rejects a module WasmSharp accepts (extended features): {oracleError!.Split('\n')[0]}");
            case (_, null):
                return CaseResult.Fail($"WasmSharp accepts a module Wasmtime rejects\nWasmtime: {oracleError}");
        }

        if (FuzzingSupportImports.FindUnsupported(module) is string unsupported)
        {
            return CaseResult.Skip($"the harness provides no import {unsupported}");
        }

        var plans = new List<ExportPlan>();
        string? hangLimitExport = null;
        foreach (ExportType export in module.Exports)
        {
            if (export.Type.Func is not FuncType type)
            {
                continue;
            }

            if (export.Name == "hangLimitInitializer")
            {
                hangLimitExport = export.Name;
            }

            var plan = new ExportPlan(export.Name, type, type.Params.Select(p => ArgumentValue.Draw(p, random)).ToList());
            if (plan.IsCallableFromHost)
            {
                plans.Add(plan);
            }
        }

        ExecutionTrace ours = WasmSharpExecutor.Run(module, choice, plans, hangLimitExport);
        if (ours.Crash is not null)
        {
            return CaseResult.Fail($"WasmSharp threw an unexpected exception\n{ours.Crash}");
        }

        theirs ??= WasmtimeExecutor.Run(oracle, plans, hangLimitExport);
        IReadOnlyList<string> ourLines = ours.ComparablePrefix(theirs.BoundedAt);
        IReadOnlyList<string> theirLines = theirs.ComparablePrefix(ours.BoundedAt);
        int common = Math.Min(ourLines.Count, theirLines.Count);
        for (int i = 0; i <= common; i++)
        {
            string? a = i < ourLines.Count ? ourLines[i] : null;
            string? b = i < theirLines.Count ? theirLines[i] : null;
            if (a is null && b is null)
            {
                break;
            }

            if (a is null || b is null || !ValueText.LinesMatch(a, b))
            {
                return CaseResult.Fail(Describe(i, ours, theirs, plans));
            }
        }

        return ours.BoundedAt is not null || theirs.BoundedAt is not null
            ? CaseResult.Skip("a resource bound (fuel, stack, allocation) cut the comparison short")
            : CaseResult.Passed($"agree: {ourLines.Count} trace lines ({plans.Count} exports, {ourLines.Count(l => l.StartsWith("log-", StringComparison.Ordinal))} logs, {ourLines.Count(l => l.Contains("-> trap", StringComparison.Ordinal))} traps)");
    }

    /// <summary>Removes the work folder (wasm-opt's input and output files).</summary>
    public void Dispose()
    {
        if (Directory.Exists(_workDir))
        {
            Directory.Delete(_workDir, recursive: true);
        }
    }

    private static string Describe(int index, ExecutionTrace ours, ExecutionTrace theirs, List<ExportPlan> plans)
    {
        var text = new StringBuilder();
        string ourLine = index < ours.Lines.Count ? ours.Lines[index] : "(end of trace)";
        string theirLine = index < theirs.Lines.Count ? theirs.Lines[index] : "(end of trace)";
        text.AppendLine($"traces diverge at line {index}: WasmSharp `{ourLine}` vs Wasmtime `{theirLine}`");
        text.AppendLine();
        text.AppendLine("arguments:");
        foreach (ExportPlan plan in plans)
        {
            text.AppendLine($"  {plan.Name}({string.Join(", ", plan.Arguments)})");
        }

        text.AppendLine();
        text.AppendLine($"WasmSharp trace ({ours.Lines.Count} lines, bounded at {ours.BoundedAt?.ToString() ?? "-"}):");
        foreach (string line in ours.Lines.Take(index + 20))
        {
            text.AppendLine("  " + line);
        }

        text.AppendLine($"Wasmtime trace ({theirs.Lines.Count} lines, bounded at {theirs.BoundedAt?.ToString() ?? "-"}):");
        foreach (string line in theirs.Lines.Take(index + 20))
        {
            text.AppendLine("  " + line);
        }

        return text.ToString();
    }
}
