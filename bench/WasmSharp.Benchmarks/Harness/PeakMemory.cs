namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Peak resident memory of this process during one run, from Linux's <c>VmHWM</c> after resetting it
/// through <c>/proc/self/clear_refs</c> (writing 5). Resident set size is the one measure that sees
/// both runtimes alike: Wasmtime's native heap and mmapped linear memory, and WasmSharp's GC heap,
/// JIT-compiled code and unmanaged linear memory. Its weakness is that memory the GC keeps from an
/// earlier run is already resident and not counted again, so the harness collects before each run.
/// </summary>
internal static class PeakMemory
{
    private static readonly bool s_supported = Probe();

    /// <summary>True where /proc/self/clear_refs can reset the peak.</summary>
    public static bool Supported => s_supported;

    /// <summary>Collects garbage, resets the peak and returns the current resident size in bytes.</summary>
    public static long Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (!s_supported)
        {
            return 0;
        }

        File.WriteAllText("/proc/self/clear_refs", "5");
        return Read("VmRSS:");
    }

    /// <summary>The peak resident size in bytes since <see cref="Reset"/>.</summary>
    public static long Peak() => s_supported ? Read("VmHWM:") : 0;

    private static bool Probe()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return Read("VmHWM:") > 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Read(string key)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                string kilobytes = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
