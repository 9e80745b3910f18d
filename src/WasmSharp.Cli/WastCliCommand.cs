using System.CommandLine;
using WasmSharp.Wast;

namespace WasmSharp.Cli;

/// <summary>
/// <c>wasmsharp wast [--validate-only] FILE...</c>: runs spec-test scripts. Prints one line per
/// failure (<c>FILE:LINE: kind: message</c>), one summary line per file, and last
/// the reasons for skipped commands with their counts, then <c>N passed, M failed, K skipped</c>;
/// exits 1 if anything failed.
/// </summary>
internal static class WastCliCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files")
        {
            Description = "WAST scripts to run, or folders to search for .wast files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var validateOnly = new Option<bool>("--validate-only")
        {
            Description = "Parse, decode and validate every module and check assert_invalid/assert_malformed; instantiate nothing.",
        };
        var messages = new Option<bool>("--report-messages")
        {
            Description = "Also list rejections whose message differs from the one the script expects.",
        };
        var codegen = new Option<string[]>("--codegen", "-C")
        {
            Description = "Codegen options; wast takes `strategy=auto|compiler|interpreter` and `tier-up-code-size=N` (as `run -C`).",
            AllowMultipleArgumentsPerToken = false,
        };
        var optimize = new Option<string[]>("--optimize", "-O")
        {
            Description = "Tuning options; wast takes the `pooling-allocator` and `pooling-*` keys of `run -O` (`run -O help` lists them).",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("wast", "Run WebAssembly spec-test scripts.")
        {
            files,
            validateOnly,
            messages,
            codegen,
            optimize,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files)!,
            parseResult.GetValue(validateOnly),
            parseResult.GetValue(messages),
            ParseCodegen(parseResult.GetValue(codegen) ?? []),
            ParseAllocation(parseResult.GetValue(optimize) ?? [])));
        return command;
    }

    // The -C keys that apply to the scripts' engines: strategy and tier-up-code-size.
    private static (Strategy? Strategy, long? TierUpCodeSize) ParseCodegen(string[] options)
    {
        Strategy? strategy = null;
        long? tierUpCodeSize = null;
        foreach (string option in options)
        {
            if (option.StartsWith("tier-up-code-size=", StringComparison.Ordinal))
            {
                // Parsed by `run -C`'s own key, so a bad value is the same usage error.
                var settings = new Options.RunSettings();
                Options.OptionGroups.Codegen.ApplyKey("tier-up-code-size", option["tier-up-code-size=".Length..], option, settings);
                tierUpCodeSize = settings.TierUpCodeSize;
                continue;
            }

            strategy = option switch
            {
                "strategy=auto" => Strategy.Auto,
                "strategy=compiler" => Strategy.Compiler,
                "strategy=interpreter" => Strategy.Interpreter,
                _ => throw new UsageException($"wast: unsupported codegen option `{option}` (expected strategy=auto|compiler|interpreter or tier-up-code-size=N)"),
            };
        }

        return (strategy, tierUpCodeSize);
    }

    // The allocation strategy of `-O pooling-allocator[,pooling-...]`; null without it. Other -O keys
    // are refused: they would not apply to the scripts' engines.
    private static InstanceAllocationStrategy? ParseAllocation(string[] options)
    {
        var settings = new Options.RunSettings();
        foreach (string option in options)
        {
            if (!option.Split(',').All(item => item.StartsWith("pooling-", StringComparison.Ordinal)))
            {
                throw new UsageException($"wast: unsupported optimize option `{option}` (expected pooling-allocator and pooling-* keys)");
            }

            Options.OptionGroups.Optimize.Apply(option, settings);
        }

        return settings.PoolingAllocator == true ? InstanceAllocationStrategy.Pooling(settings.Pooling) : null;
    }

    private static int Run(FileInfo[] inputs, bool validateOnly, bool reportMessages, (Strategy? Strategy, long? TierUpCodeSize) codegen, InstanceAllocationStrategy? allocation)
    {
        var options = new WastRunnerOptions { ValidateOnly = validateOnly, Strategy = codegen.Strategy, TierUpCodeSize = codegen.TierUpCodeSize, AllocationStrategy = allocation };
        int passed = 0, failed = 0, skipped = 0, rejections = 0, matching = 0;
        var skipReasons = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string path in ExpandInputs(inputs))
        {
            WastFileResult result;
            try
            {
                result = new WastRunner(options).RunFile(path);
            }
            catch (IOException e)
            {
                Console.WriteLine($"{path}:0: script: {e.Message}");
                failed++;
                continue;
            }

            foreach (WastFailure failure in result.Failures)
            {
                Console.WriteLine(failure);
            }

            if (reportMessages)
            {
                foreach ((int line, string expected, string actual) in result.MessageMismatches)
                {
                    Console.WriteLine($"{path}:{line}: message: expected \"{expected}\", got \"{actual}\"");
                }
            }

            Console.WriteLine(result);
            foreach ((string reason, int count) in result.SkipReasons)
            {
                skipReasons[reason] = skipReasons.GetValueOrDefault(reason) + count;
            }

            passed += result.Passed;
            failed += result.Failed;
            skipped += result.Skipped;
            rejections += result.Rejections;
            matching += result.MatchingRejectionMessages;
        }

        if (rejections > 0)
        {
            Console.WriteLine($"rejections with the expected message: {matching} of {rejections} ({100.0 * matching / rejections:F1}%)");
        }

        // Skips are never silent: say why each group of commands was not checked.
        foreach ((string reason, int count) in skipReasons.OrderByDescending(r => r.Value))
        {
            Console.WriteLine($"skipped {count}: {reason}");
        }

        Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<string> ExpandInputs(FileInfo[] inputs)
    {
        foreach (FileInfo input in inputs)
        {
            if (Directory.Exists(input.FullName))
            {
                foreach (string path in Directory.EnumerateFiles(input.FullName, "*.wast", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return path;
                }
            }
            else
            {
                yield return input.ToString();
            }
        }
    }
}
