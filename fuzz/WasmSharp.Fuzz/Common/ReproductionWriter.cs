namespace WasmSharp.Fuzz.Common;

/// <summary>Saves failing cases under the output folder: the inputs plus a failure.txt saying what diverged.</summary>
internal sealed class ReproductionWriter
{
    private readonly FuzzSettings _settings;

    public ReproductionWriter(FuzzSettings settings)
    {
        _settings = settings;
        Directory.CreateDirectory(settings.OutDir);
        BreadcrumbDir = Path.Combine(settings.OutDir, $".current-{settings.Mode}");
    }

    /// <summary>The folder where the running case's inputs are written before it runs.</summary>
    public string BreadcrumbDir { get; }

    /// <summary>Clears the breadcrumb folder and starts case <paramref name="index"/> in it.</summary>
    public CaseContext Begin(long index)
    {
        if (Directory.Exists(BreadcrumbDir))
        {
            Directory.Delete(BreadcrumbDir, recursive: true);
        }

        Directory.CreateDirectory(BreadcrumbDir);
        File.WriteAllText(Path.Combine(BreadcrumbDir, "case.txt"), Header(index));
        return new CaseContext(_settings, index, BreadcrumbDir);
    }

    /// <summary>Removes the breadcrumb of a case that ended normally.</summary>
    public void End()
    {
        if (Directory.Exists(BreadcrumbDir))
        {
            Directory.Delete(BreadcrumbDir, recursive: true);
        }
    }

    /// <summary>Saves a failing case; returns the folder written.</summary>
    public string Save(CaseContext context, string kind, string detail)
    {
        string dir = FailureDir(context.Index, kind);
        Directory.CreateDirectory(dir);
        foreach ((string name, byte[] content) in context.Inputs)
        {
            File.WriteAllBytes(Path.Combine(dir, name), content);
        }

        File.WriteAllText(Path.Combine(dir, "failure.txt"), Header(context.Index) + context.Notes + $"outcome: {kind}\n\n{detail}\n");
        return dir;
    }

    /// <summary>
    /// Turns the breadcrumb of a case that killed a child process into a reproduction folder; returns the
    /// folder, or null if the child died between cases.
    /// </summary>
    public string? SaveCrash(string detail)
    {
        string caseFile = Path.Combine(BreadcrumbDir, "case.txt");
        if (!File.Exists(caseFile))
        {
            return null;
        }

        long index = ReadCaseIndex(caseFile);
        string dir = FailureDir(index, "crash");
        Directory.CreateDirectory(dir);
        foreach (string file in Directory.GetFiles(BreadcrumbDir))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(dir, "failure.txt"), File.ReadAllText(caseFile) + $"outcome: crash\n\n{detail}\n");
        End();
        return dir;
    }

    /// <summary>The case index written in a breadcrumb's case.txt.</summary>
    public static long ReadCaseIndex(string caseFile)
    {
        foreach (string line in File.ReadLines(caseFile))
        {
            if (line.StartsWith("case: ", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidDataException($"{caseFile} names no case");
    }

    private string FailureDir(long index, string kind) =>
        Path.Combine(_settings.OutDir, $"{_settings.Mode}-seed{_settings.Seed}-case{index}-{kind}");

    private string Header(long index) =>
        $"mode: {_settings.Mode}\nseed: {_settings.Seed}\ncase: {index}\n" +
        $"reproduce: dotnet run --project fuzz/WasmSharp.Fuzz -c Release -- {_settings.ReproduceArguments(index)} --out DIR\n";
}
