using System.Text.RegularExpressions;
using WasmSharp.TestSupport;

namespace WasmSharp.Cli.Tests;

/// <summary>
/// Keeps the README's C# samples honest: every <c>```csharp</c> block in README.md is preceded by a
/// marker <c>&lt;!-- example: examples/X/Program.cs --&gt;</c> and equals that file, which CI
/// (<c>.ci/run</c>) builds and runs; and every example project is shown in the README. A sample
/// edited in one place only fails here.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    private const string CSharpFence = "```csharp";

    [Fact]
    public void EveryCSharpBlockInTheReadmeIsMarkedAsAnExample()
    {
        string[] lines = ReadmeLines();
        var unmarked = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == CSharpFence && (i == 0 || !MarkerPattern().IsMatch(lines[i - 1])))
            {
                unmarked.Add(i + 1);
            }
        }

        Assert.True(unmarked.Count == 0,
            $"README.md has C# blocks without an '<!-- example: PATH -->' line right before them, at lines {string.Join(", ", unmarked)}");
    }

    [Fact]
    public void EachMarkedBlockEqualsItsExampleFile()
    {
        IReadOnlyList<(string Path, string Code)> blocks = MarkedBlocks();
        Assert.NotEmpty(blocks);
        foreach ((string path, string code) in blocks)
        {
            string file = Path.Combine(Root, path);
            Assert.True(File.Exists(file), $"README.md shows {path}, which does not exist");
            string expected = Normalize(File.ReadAllText(file));
            Assert.True(expected == code,
                $"README.md's block for {path} differs from the file, first at character {FirstDifference(expected, code)}:\n{code}");
        }
    }

    [Fact]
    public void EveryExampleProjectIsShownInTheReadmeAndHasExpectedOutput()
    {
        var shown = MarkedBlocks().Select(b => b.Path).ToHashSet();
        string examples = Path.Combine(Root, "examples");
        string[] projects = Directory.GetFiles(examples, "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (string project in projects)
        {
            string folder = Path.GetDirectoryName(project)!;
            string program = Path.GetRelativePath(Root, Path.Combine(folder, "Program.cs")).Replace('\\', '/');
            Assert.True(shown.Contains(program), $"{program} is not shown in README.md (no '<!-- example: {program} -->' block)");
            Assert.True(File.Exists(Path.Combine(folder, "expected-output.txt")),
                $"{Path.GetRelativePath(Root, folder)} has no expected-output.txt for .ci/run to compare with");
        }
    }

    /// <summary>The repository root; the tests fail rather than skip without it.</summary>
    private static string Root => SharedFolder.RepositoryRoot
        ?? throw new InvalidOperationException($"no WasmSharp.slnx above {AppContext.BaseDirectory}");

    private static string[] ReadmeLines() => Normalize(File.ReadAllText(Path.Combine(Root, "README.md"))).Split('\n');

    /// <summary>The marked blocks: the marker's path, and the block's lines, each ending with a newline as in the file.</summary>
    private static List<(string Path, string Code)> MarkedBlocks()
    {
        string[] lines = ReadmeLines();
        var blocks = new List<(string, string)>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match marker = MarkerPattern().Match(lines[i]);
            if (!marker.Success)
            {
                continue;
            }

            string path = marker.Groups["path"].Value;
            Assert.True(i + 1 < lines.Length && lines[i + 1].Trim() == CSharpFence,
                $"README.md line {i + 1}: the marker for {path} is not followed by a {CSharpFence} line");
            int end = Array.FindIndex(lines, i + 2, line => line.Trim() == "```");
            Assert.True(end >= 0, $"README.md line {i + 2}: the block for {path} is not closed");
            blocks.Add((path, string.Concat(lines[(i + 2)..end].Select(line => line + "\n"))));
            i = end;
        }

        return blocks;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static int FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"^<!-- example: (?<path>\S+) -->\s*$")]
    private static partial Regex MarkerPattern();
}
