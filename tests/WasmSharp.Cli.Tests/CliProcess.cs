using System.Diagnostics;

namespace WasmSharp.Cli.Tests;

/// <summary>Runs the built <c>wasmsharp</c> CLI in a child process and captures what it prints.</summary>
internal static class CliProcess
{
    /// <summary>The outcome of one run.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>wasmsharp ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(CliAssembly);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wasmsharp {string.Join(' ', args)} did not finish");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>WasmSharp.Cli.dll of the same configuration as these tests.</summary>
    public static string CliAssembly
    {
        get
        {
            // The tests live in tests/WasmSharp.Cli.Tests/bin/<Configuration>/net10.0/.
            var output = new DirectoryInfo(AppContext.BaseDirectory);
            string configuration = output.Parent!.Name;
            DirectoryInfo repository = output.Parent.Parent!.Parent!.Parent!.Parent!;
            string path = Path.Combine(repository.FullName, "src", "WasmSharp.Cli", "bin", configuration, "net10.0", "WasmSharp.Cli.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build the CLI first", path);
        }
    }
}
