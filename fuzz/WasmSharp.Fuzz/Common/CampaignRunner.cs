using System.Diagnostics;
using System.Globalization;

namespace WasmSharp.Fuzz.Common;

/// <summary>
/// Runs a mode's cases until the case or time budget is spent: in this process with a watchdog against hangs,
/// or (with --fork) in child processes that the parent restarts after a crash, turning the crashed case's
/// breadcrumb into a reproduction.
/// </summary>
internal static class CampaignRunner
{
    /// <summary>The exit code of a child that recorded a hung case and stopped (the hung thread cannot be ended).</summary>
    private const int HangExitCode = 3;

    /// <summary>Stack of the thread running the cases: deep but bounded guest recursion must not hit the host's limit first.</summary>
    private const int CaseThreadStackBytes = 256 * 1024 * 1024;

    /// <summary>The environment variable a forking parent sets for its children (which then keep a tally file).</summary>
    private const string ChildVariable = "WASMSHARP_FUZZ_CHILD";

    private static bool IsForkedChild => Environment.GetEnvironmentVariable(ChildVariable) == "1";

    /// <summary>Runs the campaign; returns the process exit code (0 when no failure was found).</summary>
    public static int Run(FuzzSettings settings, string[] commandLine, Func<CaseContext, CaseResult> runCase) =>
        settings.Fork ? RunForked(settings, commandLine) : RunInProcess(settings, runCase);

    private static int RunInProcess(FuzzSettings settings, Func<CaseContext, CaseResult> runCase)
    {
        var writer = new ReproductionWriter(settings);
        var tally = new CampaignTally(settings.Mode);
        var clock = Stopwatch.StartNew();
        for (long index = settings.FirstCase; ; index++)
        {
            if (settings.Cases is long cases && index - settings.FirstCase >= cases)
            {
                break;
            }

            if (settings.Seconds is double seconds && clock.Elapsed.TotalSeconds >= seconds)
            {
                break;
            }

            if (settings.MaxFailures is long maxFailures && tally.Failed >= maxFailures)
            {
                Console.WriteLine($"{settings.Mode}: stopping after {tally.Failed} failures (--max-failures)");
                break;
            }

            CaseContext context = writer.Begin(index);
            CaseResult? result = null;
            Exception? escaped = null;
            var worker = new Thread(
                () =>
                {
                    try
                    {
                        result = runCase(context);
                    }
                    catch (Exception e)
                    {
                        // A case classifies every outcome it expects; anything that escapes is a failure to report.
                        escaped = e;
                    }
                },
                CaseThreadStackBytes)
            {
                IsBackground = true,
                Name = $"fuzz case {index}",
            };
            worker.Start();
            if (!worker.Join(settings.CaseTimeout))
            {
                string dir = writer.Save(context, "hang", $"the case did not finish within {settings.CaseTimeout.TotalSeconds} s");
                tally.Record(new CaseResult(CaseVerdict.Fail, "hang"), index, dir, settings.Verbose);
                if (IsForkedChild)
                {
                    tally.WriteTo(TallyFile(settings, Environment.ProcessId));
                }

                tally.Print(clock.Elapsed);
                Console.Out.Flush();

                // The hung thread cannot be stopped; leave the breadcrumb so a forking parent resumes after it.
                Environment.Exit(HangExitCode);
            }

            result ??= CaseResult.Fail($"unexpected exception escaped the case: {escaped}");
            string? saved = result.Verdict == CaseVerdict.Fail ? writer.Save(context, "fail", result.Detail) : null;
            tally.Record(result, index, saved, settings.Verbose);
            writer.End();

            // Rewritten after every case: a forking parent reports the counts of a child that later crashed.
            if (IsForkedChild)
            {
                tally.WriteTo(TallyFile(settings, Environment.ProcessId));
            }
        }

        tally.Print(clock.Elapsed);
        return tally.Failed > 0 ? 1 : 0;
    }

    /// <summary>
    /// Cases per child process. A thread that calls into Wasmtime gets Wasmtime's alternate signal
    /// stack in place of .NET's, and .NET then never frees its own (a 16 KiB mapping per thread); one
    /// case thread per case reached the kernel's 65,530-mapping limit after about 20,000 cases, and
    /// Wasmtime's next sigaltstack mprotect failed. A fresh child every so many cases bounds that.
    /// </summary>
    private const long ChildCaseLimit = 5_000;

    private static int RunForked(FuzzSettings settings, string[] commandLine)
    {
        var writer = new ReproductionWriter(settings);
        foreach (string stale in Directory.GetFiles(settings.OutDir, $".tally-{settings.Mode}-*"))
        {
            File.Delete(stale);
        }

        var tallies = new List<string>();
        var clock = Stopwatch.StartNew();
        long next = settings.FirstCase;
        int crashes = 0;
        bool anyFailure = false;
        while (true)
        {
            long? casesLeft = settings.Cases is long cases ? cases - (next - settings.FirstCase) : null;
            double? secondsLeft = settings.Seconds is double seconds ? seconds - clock.Elapsed.TotalSeconds : null;
            if (casesLeft <= 0 || secondsLeft <= 0)
            {
                break;
            }

            string host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
            var start = new ProcessStartInfo(host) { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                // Started as `dotnet WasmSharp.Fuzz.dll`: the child needs the assembly too.
                start.ArgumentList.Add(typeof(CampaignRunner).Assembly.Location);
            }

            long chunk = Math.Min(casesLeft ?? long.MaxValue, ChildCaseLimit);
            foreach (string argument in ChildArguments(commandLine, next, chunk, secondsLeft))
            {
                start.ArgumentList.Add(argument);
            }

            start.RedirectStandardError = true;
            start.Environment[ChildVariable] = "1";
            using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start a child fuzzer");

            // The child's stderr is kept (its last lines) for the crash report: a .NET stack overflow prints
            // thousands of frames there.
            var stderrTail = new Queue<string>();
            child.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is null)
                {
                    return;
                }

                lock (stderrTail)
                {
                    stderrTail.Enqueue(line.Data);
                    if (stderrTail.Count > 80)
                    {
                        stderrTail.Dequeue();
                    }
                }
            };
            child.BeginErrorReadLine();
            child.WaitForExit();
            int code = child.ExitCode;
            string childTally = TallyFile(settings, child.Id);
            if (File.Exists(childTally))
            {
                tallies.Add(File.ReadAllText(childTally));
                File.Delete(childTally);
            }

            string stderr;
            lock (stderrTail)
            {
                stderr = string.Join('\n', stderrTail);
            }

            if (code is 0 or 1)
            {
                Console.Error.Write(stderr.Length > 0 ? stderr + "\n" : "");
                if (tallies.Count == 0)
                {
                    throw new InvalidOperationException($"the child fuzzer exited with {code} without running a case:\n{stderr}");
                }

                anyFailure |= code == 1;
                if (settings.MaxFailures is not null && code == 1)
                {
                    break;
                }

                // The child ran its chunk (or its time ran out, which ends the loop above).
                next += chunk;
                continue;
            }

            string caseFile = Path.Combine(writer.BreadcrumbDir, "case.txt");
            if (!File.Exists(caseFile))
            {
                throw new InvalidOperationException($"the child fuzzer exited with {code} outside any case");
            }

            long failedCase = ReproductionWriter.ReadCaseIndex(caseFile);
            anyFailure = true;
            if (code == HangExitCode)
            {
                // The child saved the hang itself; only its breadcrumb is left to clear.
                writer.End();
            }
            else
            {
                crashes++;
                string? dir = writer.SaveCrash($"the child process died with exit code {code} (signal {code - 128} if above 128); the end of its stderr:\n{stderr}");
                Console.WriteLine($"case {failedCase}: CRASH exit code {code} -> {dir}");
            }

            next = failedCase + 1;
        }

        Console.WriteLine($"{settings.Mode}: forked campaign ended after {clock.Elapsed.TotalSeconds:F1} s with {crashes} crash(es); the children's tallies:");
        tallies.ForEach(Console.Write);

        return anyFailure ? 1 : 0;
    }

    private static string TallyFile(FuzzSettings settings, int processId) => Path.Combine(settings.OutDir, $".tally-{settings.Mode}-{processId}");

    /// <summary>The command line of a child: the parent's own, without --fork, resuming at <paramref name="first"/>.</summary>
    private static List<string> ChildArguments(string[] commandLine, long first, long? cases, double? seconds)
    {
        string[] replaced = ["--first-case", "--cases", "--seconds"];
        var arguments = new List<string>();
        for (int i = 0; i < commandLine.Length; i++)
        {
            string token = commandLine[i];
            if (token == "--fork")
            {
                continue;
            }

            if (replaced.Contains(token))
            {
                i++;
                continue;
            }

            if (replaced.Any(option => token.StartsWith(option + "=", StringComparison.Ordinal)))
            {
                continue;
            }

            arguments.Add(token);
        }

        arguments.Add("--first-case");
        arguments.Add(first.ToString(CultureInfo.InvariantCulture));
        if (cases is long caseCount)
        {
            arguments.Add("--cases");
            arguments.Add(caseCount.ToString(CultureInfo.InvariantCulture));
        }

        if (seconds is double secondCount)
        {
            arguments.Add("--seconds");
            arguments.Add(secondCount.ToString("F1", CultureInfo.InvariantCulture));
        }

        return arguments;
    }
}
