using System.Text;
using WasmSharp.Fuzz.Common;
using WasmSharp.Fuzz.Diff;
using WasmSharp.Text;
using WasmSharp.Wasi;
using WT = Wasmtime;

namespace WasmSharp.Fuzz.Wasi;

/// <summary>
/// The <c>wasi</c> mode: a generated guest calls preview1 functions with random and edge arguments in a fresh
/// copy of a small sandbox, under WasmSharp and under Wasmtime; both must agree on how the run ends (return,
/// exit code, trap), on every errno, on what reached stdout and stderr, and on the sandbox's final contents.
/// </summary>
internal sealed class WasiDiffFuzzer : IDisposable
{
    private readonly string _workDir;
    private readonly Engine _engine = new();

    private readonly bool _strict;

    /// <summary>Creates the fuzzer; <paramref name="strict"/> also fails the documented known divergence.</summary>
    public WasiDiffFuzzer(string outDir, bool strict)
    {
        _strict = strict;
        _workDir = Path.Combine(outDir, $".work-wasi-{Environment.ProcessId}");
        Directory.CreateDirectory(_workDir);
    }

    /// <summary>Runs one case.</summary>
    public CaseResult Run(CaseContext context)
    {
        var calls = new List<string>();
        string wat = WasiGuestGenerator.Generate(context.Random, calls);
        context.AddInput("guest.wat", wat);
        byte[] wasm = WatParser.ParseModule(wat);
        context.AddInput("guest.wasm", wasm);
        return Compare(wasm, calls);
    }

    /// <summary>
    /// Runs a guest written by hand or saved by a failing case (exports <c>run</c>, and <c>errno0</c> ...
    /// globals set by the calls, one per line of its body) in both runtimes and reports the comparison.
    /// </summary>
    public CaseResult Replay(string wat)
    {
        var calls = wat.Split('\n').Where(line => line.Contains("(global.set $errno", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();
        return Compare(WatParser.ParseModule(wat), calls);
    }

    private CaseResult Compare(byte[] wasm, List<string> calls)
    {
        WasiRun ours = RunWasmSharp(wasm, calls.Count);
        WasiRun theirs = RunWasmtime(wasm, calls.Count);
        var differences = new List<string>();
        // The first fd_fdstat_set_rights Wasmtime answered notsup (an earlier one on stdio is badf in both).
        int setRights = Enumerable.Range(0, calls.Count).FirstOrDefault(
            k => calls[k].Contains("$fd_fdstat_set_rights", StringComparison.Ordinal) && k < theirs.Errnos.Count && theirs.Errnos[k] == NotsupErrno, -1);
        if (!_strict && setRights >= 0)
        {
            // Deliberate difference (fuzz/README.md): WasmSharp drops rights where Wasmtime 50 says notsup, so the
            // calls after it may differ; those before it must agree, and WasmSharp must have applied or refused the drop.
            for (int k = 0; k < setRights; k++)
            {
                if (ours.Errnos[k] != theirs.Errnos[k])
                {
                    differences.Add($"call {k} {calls[k]}: errno WasmSharp {Name(ours.Errnos[k])}, Wasmtime {Name(theirs.Errnos[k])}");
                }
            }

            if (ours.Errnos[setRights] is not (0 or NotcapableErrno))
            {
                differences.Add($"call {setRights} {calls[setRights]}: errno WasmSharp {Name(ours.Errnos[setRights])}, Wasmtime notsup");
            }

            return differences.Count > 0 ? Failure(differences, calls)
                : CaseResult.Skip("known divergence: fd_fdstat_set_rights drops rights in WasmSharp, notsup in Wasmtime (fuzz/README.md)");
        }

        string? knownDivergence = _strict ? null : KnownDivergence(ours, theirs);
        if (ours.Ending != theirs.Ending && knownDivergence is null)
        {
            differences.Add($"ending: WasmSharp {ours.Ending}, Wasmtime {theirs.Ending}");
        }

        for (int k = 0; k < calls.Count; k++)
        {
            if (ours.Errnos[k] != theirs.Errnos[k])
            {
                differences.Add($"call {k} {calls[k]}: errno WasmSharp {Name(ours.Errnos[k])}, Wasmtime {Name(theirs.Errnos[k])}");
            }
        }

        if (knownDivergence is not null)
        {
            return differences.Count > 0 ? Failure(differences, calls) : CaseResult.Skip(knownDivergence);
        }

        // random_get's bytes differ between the runtimes; when the guest may have printed them, only the lengths compare.
        bool random = calls.Any(call => call.Contains("$random_get", StringComparison.Ordinal));
        if (random ? ours.Stdout.Length != theirs.Stdout.Length || ours.Stderr.Length != theirs.Stderr.Length
                   : ours.Stdout != theirs.Stdout || ours.Stderr != theirs.Stderr)
        {
            differences.Add($"output: WasmSharp stdout {Quote(ours.Stdout)} stderr {Quote(ours.Stderr)}; Wasmtime stdout {Quote(theirs.Stdout)} stderr {Quote(theirs.Stderr)}");
        }

        if (!ours.Sandbox.SequenceEqual(theirs.Sandbox))
        {
            differences.Add($"sandbox after the run:\n  WasmSharp: {string.Join(", ", ours.Sandbox)}\n  Wasmtime:  {string.Join(", ", theirs.Sandbox)}");
        }

        if (differences.Count > 0)
        {
            return Failure(differences, calls);
        }

        return CaseResult.Passed($"{ours.Ending}, errnos {string.Join(",", ours.Errnos.Take(calls.Count).Select(Name))}");
    }

    private static CaseResult Failure(List<string> differences, List<string> calls) =>
        CaseResult.Fail($"{differences[0].Split('\n')[0]}\n\nall differences:\n{string.Join("\n", differences)}\n\ncalls:\n{string.Join("\n", calls)}");

    /// <summary>
    /// The name of a documented deliberate difference (fuzz/README.md) that explains why the runs
    /// ended differently, or null. Every WASI trap WasmSharp raises (bad pointers, arguments that
    /// do not convert, proc_exit >= 126, random_get over 64 MiB) is compared by its root cause
    /// with Wasmtime's; the one difference left is which region a pointer trap names when both
    /// runtimes trap on a guest pointer (wiggle validates whole structs and arrays, WasmSharp the
    /// fields it touches).
    /// </summary>
    private static string? KnownDivergence(WasiRun ours, WasiRun theirs) =>
        ours.Ending != theirs.Ending && IsPointerTrap(ours.Ending) && IsPointerTrap(theirs.Ending)
            ? "known divergence: both trap on a guest pointer, at a different region (fuzz/README.md)"
            : null;

    private static bool IsPointerTrap(string ending) =>
        ending.StartsWith("error Pointer out of bounds: ", StringComparison.Ordinal) ||
        ending.StartsWith("error Pointer not aligned to ", StringComparison.Ordinal);

    /// <summary>
    /// How a WasmSharp run ended when the guest trapped: a trap raised by a WASI function (a
    /// <c>HostError</c>, or a pointer refused by the WASI layer) is named by its root cause, the
    /// innermost exception's message, as Wasmtime's error chain ends in its root cause; a trap
    /// of the guest's own code by its kind.
    /// </summary>
    private static string TrapEnding(Trap trap)
    {
        if (trap.Code != TrapCode.HostError && !trap.Message.StartsWith("Pointer ", StringComparison.Ordinal))
        {
            return $"trap {WasmSharpExecutor.TrapName(trap.Code)}";
        }

        Exception root = trap;
        while (root.InnerException is not null)
        {
            root = root.InnerException;
        }

        return $"error {root.Message}";
    }

    /// <summary>The root cause of a Wasmtime error: the last entry of anyhow's "Caused by:" list without
    /// its number, or the message itself when it has no causes.</summary>
    private static string WasmtimeRootCause(string message)
    {
        string[] lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int causedBy = Array.IndexOf(lines, "Caused by:");
        string root = causedBy >= 0 ? lines[^1] : lines[0];
        return System.Text.RegularExpressions.Regex.Replace(root, @"^\d+: ", "");
    }

    private WasiRun RunWasmSharp(byte[] wasm, int callCount)
    {
        string sandbox = Path.Combine(_workDir, "wasmsharp");
        SandboxTree.Create(sandbox);
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        string ending;
        int[] errnos;
        using (WasiContext wasi = new WasiConfig().Arg("guest").Env("A", "1").Stdout(stdout).Stderr(stderr).PreopenedDir(sandbox, ".").Build())
        {
            using var store = new Store<WasiContext>(_engine, wasi);
            var linker = new Linker<WasiContext>(_engine).DefineWasi();
            Instance instance = linker.Instantiate(store, Module.FromBytes(_engine, wasm));
            try
            {
                instance.GetFunc(store, "run")!.Call(store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty);
                ending = "returned";
            }
            catch (WasiExit exit)
            {
                ending = $"exit {exit.Code}";
            }
            catch (Trap trap)
            {
                ending = TrapEnding(trap);
            }

            errnos = Enumerable.Range(0, callCount).Select(k => ((Global)instance.GetExport(store, $"errno{k}")!).Get(store).AsI32()).ToArray();
        }

        return new WasiRun(ending, errnos, Encoding.Latin1.GetString(stdout.ToArray()), Encoding.Latin1.GetString(stderr.ToArray()), SandboxTree.List(sandbox));
    }

    private WasiRun RunWasmtime(byte[] wasm, int callCount)
    {
        string sandbox = Path.Combine(_workDir, "wasmtime");
        SandboxTree.Create(sandbox);
        string stdoutPath = Path.Combine(_workDir, "wasmtime-stdout.txt");
        string stderrPath = Path.Combine(_workDir, "wasmtime-stderr.txt");
        string ending;
        int[] errnos;
        using (var module = WT.Module.FromBytes(WasmtimeExecutor.Engine, "guest", wasm))
        using (var linker = new WT.Linker(WasmtimeExecutor.Engine))
        using (var store = new WT.Store(WasmtimeExecutor.Engine))
        {
            linker.DefineWasi();
            store.Fuel = EngineChoice.FuelPerCall;
            store.SetWasiConfiguration(new WT.WasiConfiguration()
                .WithArg("guest")
                .WithEnvironmentVariable("A", "1")
                .WithStandardOutput(stdoutPath)
                .WithStandardError(stderrPath)
                .WithPreopenedDirectory(sandbox, ".", true));
            WT.Instance instance = linker.Instantiate(store, module);
            try
            {
                instance.GetFunction("run")!.Invoke();
                ending = "returned";
            }
            catch (WT.WasmtimeException e) when (e.ExitCode is int code)
            {
                ending = $"exit {code}";
            }
            catch (WT.TrapException trap)
            {
                ending = $"trap {trap.Type}";
            }
            catch (WT.WasmtimeException e)
            {
                ending = $"error {WasmtimeRootCause(e.Message)}";
            }

            errnos = Enumerable.Range(0, callCount).Select(k => (int)instance.GetGlobal($"errno{k}")!.GetValue()!).ToArray();
        }

        return new WasiRun(ending, errnos, File.ReadAllText(stdoutPath, Encoding.Latin1), File.ReadAllText(stderrPath, Encoding.Latin1), SandboxTree.List(sandbox));
    }

    private const int NotsupErrno = 58;
    private const int NotcapableErrno = 76;

    /// <summary>The witx names of preview1's errno values, by value.</summary>
    private static readonly string[] ErrnoNames =
    (
        "success 2big acces addrinuse addrnotavail afnosupport again already badf badmsg busy canceled child connaborted " +
        "connrefused connreset deadlk destaddrreq dom dquot exist fault fbig hostunreach idrm ilseq inprogress intr inval io " +
        "isconn isdir loop mfile mlink msgsize multihop nametoolong netdown netreset netunreach nfile nobufs nodev noent " +
        "noexec nolck nolink nomem nomsg noprotoopt nospc nosys notconn notdir notempty notrecoverable notsock notsup notty " +
        "nxio overflow ownerdead perm pipe proto protonosupport prototype range rofs spipe srch stale timedout txtbsy xdev notcapable"
    ).Split(' ');

    private static string Name(int errno) => errno switch
    {
        -1 => "(not reached)",
        >= 0 when errno < ErrnoNames.Length => ErrnoNames[errno],
        _ => errno.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Quote(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>Removes the work folder with the sandboxes.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_workDir))
        {
            Directory.Delete(_workDir, recursive: true);
        }
    }
}
