using System.Globalization;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>Checks a run's captured output; for mixbench also reads the kernel times it prints.</summary>
internal static class OutputCheck
{
    /// <summary>Null when stdout and stderr match the expected files, else what differs.</summary>
    public static string? Compare(BenchProgram program, string stdoutPath, string stderrPath)
    {
        if (program.ExpectedStdout is string expectedOut && !SameBytes(expectedOut, stdoutPath))
        {
            return $"stdout differs from {Path.GetFileName(expectedOut)}: {Preview(stdoutPath)}";
        }

        if (program.ExpectedStderr is string expectedErr && !SameBytes(expectedErr, stderrPath))
        {
            return $"stderr differs from {Path.GetFileName(expectedErr)}: {Preview(stderrPath)}";
        }

        return null;
    }

    /// <summary>
    /// Parses mixbench's <c>name checksum time ms</c> lines, checks each checksum against
    /// expected-scale10.txt (the times vary, so the output cannot be compared whole) and returns the
    /// times by kernel, <c>total</c> included.
    /// </summary>
    public static Dictionary<string, double> MixbenchKernels(string stdoutPath, out string? failure)
    {
        failure = null;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        string expectedFile = Path.Combine(BenchmarkInputs.Root, "mixbench", $"expected-scale{ProgramCatalog.MixbenchScale}.txt");
        foreach (string line in File.ReadLines(expectedFile))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                expected[parts[0]] = parts[1];
            }
        }

        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(stdoutPath))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || parts[3] != "ms" || !expected.TryGetValue(parts[0], out string? checksum))
            {
                continue;
            }

            if (parts[1] != checksum)
            {
                failure ??= $"mixbench {parts[0]} checksum {parts[1]}, expected {checksum}";
            }

            times[parts[0]] = double.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        if (failure is null && times.Count != expected.Count)
        {
            failure = $"mixbench printed {times.Count} of {expected.Count} kernels: {Preview(stdoutPath)}";
        }

        return times;
    }

    private static bool SameBytes(string expected, string actual) =>
        File.Exists(actual) && File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(actual));

    private static string Preview(string path)
    {
        if (!File.Exists(path))
        {
            return "(no output file)";
        }

        string text = File.ReadAllText(path).ReplaceLineEndings(" ");
        return text.Length > 160 ? text[..160] + "..." : text;
    }
}
