// Writes the generated wrap overloads into src/WasmSharp of the repository holding this script
// (found upwards from the working directory), or of the folder given as the only argument.
string root = args.Length > 0 ? args[0] : FindRepositoryRoot(Directory.GetCurrentDirectory());
foreach ((string relativePath, string text) in WasmSharp.Generators.WrapOverloadsGenerator.Files())
{
    string path = Path.Combine(root, relativePath);
    File.WriteAllText(path, text);
    Console.WriteLine($"wrote {relativePath}");
}

static string FindRepositoryRoot(string start)
{
    for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "WasmSharp.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("no WasmSharp.slnx above the working directory; pass the repository root");
}
