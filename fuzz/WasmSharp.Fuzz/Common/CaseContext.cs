using System.Text;

namespace WasmSharp.Fuzz.Common;

/// <summary>
/// What one case knows about itself: its index, its random stream, its inputs and its configuration. Inputs
/// are written to the breadcrumb folder as soon as they are known, so a case that kills the process leaves
/// its reproduction behind.
/// </summary>
internal sealed class CaseContext
{
    private readonly Dictionary<string, byte[]> _inputs = new(StringComparer.Ordinal);
    private readonly StringBuilder _notes = new();

    public CaseContext(FuzzSettings settings, long index, string breadcrumbDir)
    {
        Settings = settings;
        Index = index;
        Random = CaseRandom.For(settings.Seed, index);
        BreadcrumbDir = breadcrumbDir;
    }

    /// <summary>The campaign's settings.</summary>
    public FuzzSettings Settings { get; }

    /// <summary>This case's index in the campaign.</summary>
    public long Index { get; }

    /// <summary>This case's deterministic random stream.</summary>
    public Random Random { get; }

    /// <summary>The folder holding the running case's inputs (deleted when the case ends normally).</summary>
    public string BreadcrumbDir { get; }

    /// <summary>The inputs recorded so far, by file name.</summary>
    public IReadOnlyDictionary<string, byte[]> Inputs => _inputs;

    /// <summary>Configuration and progress notes recorded so far (written with every reproduction).</summary>
    public string Notes => _notes.ToString();

    /// <summary>Records an input file (a module, a script) and writes it to the breadcrumb folder now.</summary>
    public void AddInput(string fileName, byte[] content)
    {
        _inputs[fileName] = content;
        File.WriteAllBytes(Path.Combine(BreadcrumbDir, fileName), content);
    }

    /// <summary>Records a text input file.</summary>
    public void AddInput(string fileName, string content) => AddInput(fileName, Encoding.UTF8.GetBytes(content));

    /// <summary>Records a line of configuration or progress, written to the breadcrumb folder now.</summary>
    public void Note(string line)
    {
        _notes.AppendLine(line);
        File.AppendAllText(Path.Combine(BreadcrumbDir, "case.txt"), line + "\n");
    }
}
