using WasmSharp.Text;
using WasmSharp.Text.Wast;

namespace WasmSharp.Wast;

/// <summary>
/// Runs WebAssembly script (<c>.wast</c>) files, the format of the official spec test suite
/// (spec repository, interpreter/README "Scripts"), and counts what passed, failed and was skipped.
/// Unless <see cref="WastRunnerOptions.ValidateOnly"/> is set, every command runs through the public
/// embedding API (<see cref="Linker{T}"/>, <see cref="Instance"/>, <see cref="Func.Call"/>), like
/// Wasmtime's <c>wast</c> crate. Only two things are skipped, with the reason: what validate-only mode
/// does not run, and the threads proposal's script <c>thread</c>/<c>wait</c> commands when executing.
/// Any other exception (the compiler's <see cref="NotSupportedException"/> included) fails its command.
/// </summary>
public sealed class WastRunner
{
    private const string ValidateOnlySkip = "--validate-only instantiates nothing";
    private const string ThreadsSkip = "script threads are not run yet";

    private readonly WastRunnerOptions _options;
    private Engine _engine = null!;
    private WastExecution? _execution;

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
        Config config = (_options.Config ?? SpecSuiteProfile.ConfigFor(Path.GetFullPath(fileName))).Clone();
        if (_options.Strategy is Strategy strategy)
        {
            config.Strategy = strategy;
        }

        if (_options.TierUpCodeSize is long tierUpCodeSize)
        {
            config.TierUpCodeSize = tierUpCodeSize;
        }

        if (_options.AllocationStrategy is InstanceAllocationStrategy allocation)
        {
            config.AllocationStrategy = allocation;
        }

        _engine = new Engine(config);
        _execution = _options.ValidateOnly ? null : new WastExecution(_engine);
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
        // Threads nest; in validate-only mode their commands are checked in place, walked with a stack of
        // our own so that nesting depth cannot overflow the thread's stack.
        var pending = new Stack<IEnumerator<WastCommand>>();
        pending.Push(commands.GetEnumerator());
        while (pending.Count > 0)
        {
            IEnumerator<WastCommand> next = pending.Peek();
            if (!next.MoveNext())
            {
                next.Dispose();
                pending.Pop();
                continue;
            }

            WastCommand command = next.Current;
            if (command is WastThread thread && _execution is null)
            {
                pending.Push(thread.Commands.GetEnumerator());
                continue;
            }

            try
            {
                RunCommand(command, result);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of ours, or something the engine cannot do: report it and go on with the script.
                Fail(result, command, $"unexpected {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private void RunCommand(WastCommand command, WastFileResult result)
    {
        switch (command)
        {
            case WastAssertMalformed a:
                ExpectRejection(a.Module, a.Message, result, command);
                return;
            case WastAssertInvalid a:
                ExpectRejection(a.Module, a.Message, result, command);
                return;
            case WastAssertMalformedCustom a:
                ExpectRejection(a.Module, a.Message, result, command);
                return;
            case WastAssertInvalidCustom a:
                ExpectRejection(a.Module, a.Message, result, command);
                return;
            case WastThread:
                // Validate-only runs a thread's commands in place (see RunCommands).
                result.Skip(ThreadsSkip);
                return;
        }

        if (_execution is WastExecution execution)
        {
            Execute(execution, command, result);
        }
        else
        {
            ValidateOnly(command, result);
        }
    }

    private void ValidateOnly(WastCommand command, WastFileResult result)
    {
        switch (command)
        {
            case WastModuleCommand m:
                if (CompileOrFail(m.Module, result, command) is not null)
                {
                    result.Passed++;
                }

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

            default:
                // register, invoke/get, assert_return, assert_trap on an action, assert_exhaustion,
                // assert_exception, module instance, wait.
                result.Skip(ValidateOnlySkip);
                break;
        }
    }

    private void Execute(WastExecution execution, WastCommand command, WastFileResult result)
    {
        switch (command)
        {
            case WastModuleCommand m:
                RunModule(execution, m, result);
                break;
            case WastModuleInstanceCommand i:
                execution.InstantiateDefinition(i.InstanceId, i.DefinitionId);
                result.Passed++;
                break;
            case WastRegisterCommand r:
                execution.Register(r.Name, r.ModuleId);
                result.Passed++;
                break;
            case WastActionCommand a:
                execution.Perform(a.Action);
                result.Passed++;
                break;
            case WastAssertReturn a:
                AssertReturn(execution, a, result);
                break;
            case WastAssertTrap { Action: { } action } a:
                ExpectTrap(() => execution.Perform(action), a.Message, null, result, command);
                break;
            case WastAssertTrap { Module: { } trapModule } a:
                ExpectInstantiationTrap(execution, trapModule, a.Message, result, command);
                break;
            case WastAssertExhaustion a:
                ExpectTrap(() => execution.Perform(a.Action), a.Message, TrapCode.StackOverflow, result, command);
                break;
            case WastAssertUninstantiable a:
                ExpectInstantiationTrap(execution, a.Module, a.Message, result, command);
                break;
            case WastAssertUnlinkable a:
                ExpectUnlinkable(execution, a, result);
                break;
            case WastAssertException a:
                ExpectException(execution, a, result);
                break;
            default:
                result.Skip(ThreadsSkip);
                break;
        }
    }

    private void RunModule(WastExecution execution, WastModuleCommand m, WastFileResult result)
    {
        if (CompileOrFail(m.Module, result, m) is not Module module)
        {
            execution.ModuleFailed(m.Module.Id, m.Line);
            return;
        }

        if (m.IsDefinition)
        {
            execution.Define(module, m.Module.Id);
            result.Passed++;
            return;
        }

        try
        {
            execution.Instantiate(module, m.Module.Id);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            execution.ModuleFailed(m.Module.Id, m.Line);
            throw;
        }

        result.Passed++;
    }

    private static void AssertReturn(WastExecution execution, WastAssertReturn a, WastFileResult result)
    {
        Val[] actual = execution.Perform(a.Action);
        if (actual.Length != a.Results.Count)
        {
            Fail(result, a, $"expected {a.Results.Count} results, got {actual.Length}");
            return;
        }

        for (int i = 0; i < actual.Length; i++)
        {
            if (!WastValues.Matches(a.Results[i], actual[i]))
            {
                Fail(result, a, $"result {i}: expected {WastValues.Describe(a.Results[i])}, got {actual[i]}");
                return;
            }
        }

        result.Passed++;
    }

    // assert_exception: the action must end with a wasm exception no handler caught (not a trap).
    private static void ExpectException(WastExecution execution, WastAssertException a, WastFileResult result)
    {
        try
        {
            execution.Perform(a.Action);
        }
        catch (WasmException)
        {
            result.Passed++;
            return;
        }

        Fail(result, a, "expected an uncaught exception, got none");
    }

    private static void ExpectTrap(Action action, string expected, TrapCode? code, WastFileResult result, WastCommand command)
    {
        try
        {
            action();
        }
        catch (Trap trap)
        {
            if (code is TrapCode c && trap.Code != c)
            {
                Fail(result, command, $"expected trap {c} (\"{expected}\"), got {trap.Code}: {trap.Message}");
            }
            else if (!trap.Message.Contains(expected, StringComparison.Ordinal))
            {
                Fail(result, command, $"expected trap \"{expected}\", got \"{trap.Message}\"");
            }
            else
            {
                result.Passed++;
            }

            return;
        }

        Fail(result, command, $"expected trap \"{expected}\", got none");
    }

    private void ExpectInstantiationTrap(WastExecution execution, WastModule module, string expected, WastFileResult result, WastCommand command)
    {
        if (CompileOrFail(module, result, command) is Module compiled)
        {
            ExpectTrap(() => execution.InstantiateModule(compiled), expected, null, result, command);
        }
    }

    private void ExpectUnlinkable(WastExecution execution, WastAssertUnlinkable a, WastFileResult result)
    {
        if (CompileOrFail(a.Module, result, a) is not Module module)
        {
            return;
        }

        try
        {
            execution.InstantiateModule(module);
            Fail(result, a, $"module was linked, expected \"{a.Message}\"");
        }
        catch (WasmLinkException e)
        {
            if (e.Message.Contains(a.Message, StringComparison.Ordinal))
            {
                result.Passed++;
            }
            else
            {
                Fail(result, a, $"expected link error \"{a.Message}\", got \"{e.Message}\"");
            }
        }
    }

    private void CompileThenSkip(WastModule module, WastFileResult result, WastCommand command)
    {
        if (CompileOrFail(module, result, command) is not null)
        {
            result.Skip(ValidateOnlySkip);
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
