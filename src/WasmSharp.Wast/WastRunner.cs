using WasmSharp.Text;
using WasmSharp.Text.Wast;

namespace WasmSharp.Wast;

/// <summary>
/// Runs WebAssembly script (<c>.wast</c>) files, the format of the official spec test suite
/// (spec repository, interpreter/README "Scripts"), and counts what passed, failed and was skipped.
/// </summary>
public sealed class WastRunner
{
    private const string NeedsExecution = "needs the execution engine";
    private const string ValidateOnlySkip = "--validate-only instantiates nothing";

    private readonly WastRunnerOptions _options;
    private Engine _engine = null!;

    /// <summary>Creates a runner.</summary>
    public WastRunner(WastRunnerOptions? options = null) => _options = options ?? new WastRunnerOptions();

    /// <summary>Runs the script in file <paramref name="path"/>.</summary>
    public WastFileResult RunFile(string path) => RunScript(File.ReadAllText(path), path);

    /// <summary>
    /// Runs a script given as text; <paramref name="fileName"/> names it in failures and, without a
    /// configured <see cref="WastRunnerOptions.Config"/>, selects its features (<see cref="SpecSuiteProfile"/>).
    /// </summary>
    public WastFileResult RunScript(string text, string fileName)
    {
        _engine = new Engine(_options.Config ?? SpecSuiteProfile.ConfigFor(Path.GetFullPath(fileName)));
        var result = new WastFileResult(fileName);
        WastScript script;
        try
        {
            script = WastParser.ParseScript(text, fileName);
        }
        catch (WatParseException e)
        {
            result.Failures.Add(new WastFailure(fileName, e.Line, "script", e.Message));
            return result;
        }

        RunCommands(script.Commands, result);
        return result;
    }

    private void RunCommands(IReadOnlyList<WastCommand> commands, WastFileResult result)
    {
        foreach (WastCommand command in commands)
        {
            try
            {
                RunCommand(command, result);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of ours, not an expected rejection: report it and go on with the script.
                Fail(result, command, $"unexpected {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private void RunCommand(WastCommand command, WastFileResult result)
    {
        switch (command)
        {
            case WastModuleCommand m:
                if (CompileOrFail(m.Module, result, command) is not null)
                {
                    result.Passed++;
                }

                break;

            case WastAssertMalformed a:
                ExpectRejection(a.Module, a.Message, result, command);
                break;
            case WastAssertInvalid a:
                ExpectRejection(a.Module, a.Message, result, command);
                break;
            case WastAssertMalformedCustom a:
                ExpectRejection(a.Module, a.Message, result, command);
                break;
            case WastAssertInvalidCustom a:
                ExpectRejection(a.Module, a.Message, result, command);
                break;

            // These carry a module that must be valid; what they assert about it needs execution.
            case WastAssertUnlinkable a:
                CompileThenSkip(a.Module, result, command);
                break;
            case WastAssertUninstantiable a:
                CompileThenSkip(a.Module, result, command);
                break;
            case WastAssertTrap { Module: { } module }:
                CompileThenSkip(module, result, command);
                break;

            case WastThread thread:
                RunCommands(thread.Commands, result);
                break;

            default:
                // register, invoke/get, assert_return, assert_trap on an action, assert_exhaustion,
                // assert_exception, module instance, wait.
                result.Skip(_options.ValidateOnly ? ValidateOnlySkip : NeedsExecution);
                break;
        }
    }

    private void CompileThenSkip(WastModule module, WastFileResult result, WastCommand command)
    {
        if (CompileOrFail(module, result, command) is not null)
        {
            result.Skip(_options.ValidateOnly ? ValidateOnlySkip : NeedsExecution);
        }
    }

    private Module? CompileOrFail(WastModule module, WastFileResult result, WastCommand command)
    {
        try
        {
            return Module.FromBytes(_engine, module.ToBinary());
        }
        catch (Exception e) when (e is WatParseException or WasmFormatException or WasmValidationException)
        {
            Fail(result, command, $"module rejected: {e.Message}");
            return null;
        }
    }

    private void ExpectRejection(WastModule module, string expected, WastFileResult result, WastCommand command)
    {
        string actual;
        try
        {
            Module.FromBytes(_engine, module.ToBinary());
            Fail(result, command, $"module was accepted, expected \"{expected}\"");
            return;
        }
        catch (WatParseException e)
        {
            actual = e.Reason;
        }
        catch (WasmFormatException e)
        {
            actual = e.Reason;
        }
        catch (WasmValidationException e)
        {
            actual = e.Reason;
        }

        result.Passed++;
        result.Rejections++;
        if (actual.Contains(expected, StringComparison.Ordinal))
        {
            result.MatchingRejectionMessages++;
        }
        else
        {
            result.MessageMismatches.Add((command.Line, expected, actual));
        }
    }

    private static void Fail(WastFileResult result, WastCommand command, string message) =>
        result.Failures.Add(new WastFailure(result.FileName, command.Line, KindOf(command), message));

    /// <summary>The script keyword of a command, for failure lines.</summary>
    private static string KindOf(WastCommand command) => command switch
    {
        WastModuleCommand => "module",
        WastModuleInstanceCommand => "module instance",
        WastRegisterCommand => "register",
        WastActionCommand => "action",
        WastAssertReturn => "assert_return",
        WastAssertTrap => "assert_trap",
        WastAssertExhaustion => "assert_exhaustion",
        WastAssertException => "assert_exception",
        WastAssertMalformed => "assert_malformed",
        WastAssertInvalid => "assert_invalid",
        WastAssertUnlinkable => "assert_unlinkable",
        WastAssertUninstantiable => "assert_uninstantiable",
        WastAssertMalformedCustom => "assert_malformed_custom",
        WastAssertInvalidCustom => "assert_invalid_custom",
        WastThread => "thread",
        WastWait => "wait",
        _ => command.GetType().Name,
    };
}
