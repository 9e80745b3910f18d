using System.Reflection;
using System.Runtime.InteropServices;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>Describes the machine and software versions for the report.</summary>
internal static class MachineInfo
{
    /// <summary>One line per fact: CPU, cores, OS, .NET, Wasmtime package.</summary>
    public static IReadOnlyList<string> Describe()
    {
        string cpu = "unknown";
        if (File.Exists("/proc/cpuinfo"))
        {
            string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                cpu = line[(line.IndexOf(':') + 1)..].Trim();
            }
        }

        string os = RuntimeInformation.OSDescription;
        if (File.Exists("/etc/os-release"))
        {
            string? pretty = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            if (pretty is not null)
            {
                os = $"{pretty["PRETTY_NAME=".Length..].Trim('"')} ({RuntimeInformation.OSDescription})";
            }
        }

        string wasmtime = typeof(Wasmtime.Engine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(Wasmtime.Engine).Assembly.GetName().Version?.ToString() ?? "?";
        return
        [
            $"CPU: {cpu}",
            $"Logical cores: {Environment.ProcessorCount} (shared with other work: numbers are noisy, hence medians)",
            $"OS: {os}, {RuntimeInformation.OSArchitecture}",
            $".NET: {RuntimeInformation.FrameworkDescription}, server GC: {System.Runtime.GCSettings.IsServerGC}",
            $"Wasmtime: NuGet package `Wasmtime` {wasmtime.Split('+')[0]} (native, in process)",
        ];
    }
}
