using System.Diagnostics;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>One child process run to exit: wall time from just before it is started to just after it is reaped, its CPU time, exit code and output.</summary>
/// <param name="WallMs">Wall-clock milliseconds from <c>Process.Start</c> to the end of <c>WaitForExit</c>.</param>
/// <param name="CpuMs">User + system CPU milliseconds of the child, all threads (NaN where unknown).</param>
/// <param name="ExitCode">The child's exit status.</param>
/// <param name="Stdout">Everything it wrote to stdout.</param>
/// <param name="Stderr">Everything it wrote to stderr.</param>
internal sealed record ProcessRun(double WallMs, double CpuMs, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <paramref name="command"/> (the executable, then its arguments) in <paramref name="workingDirectory"/> and waits for it.</summary>
    public static ProcessRun Start(IReadOnlyList<string> command, string workingDirectory)
    {
        var info = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        double cpu0 = ChildProcessCpuClock.NowMs();
        long t0 = Stopwatch.GetTimestamp();
        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"{command[0]} did not start");
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        double wallMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        double cpuMs = ChildProcessCpuClock.NowMs() - cpu0;
        return new ProcessRun(wallMs, cpuMs, process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The executable and leading arguments that run <paramref name="program"/>: itself for an apphost, <c>dotnet</c> and it for a .dll.</summary>
    public static string[] Launcher(string program) =>
        program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["dotnet", program] : [program];
}
