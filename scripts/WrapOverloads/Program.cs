// Writes the generated wrap overloads into src/WasmSharp of the repository holding this script
// (found upwards from the working directory), or of the folder given as the only argument.
string root = WasmSharp.Generators.RepositoryRoot.Find(args);
foreach ((string relativePath, string text) in WasmSharp.Generators.WrapOverloadsGenerator.Files())
{
    string path = Path.Combine(root, relativePath);
    File.WriteAllText(path, text);
    Console.WriteLine($"wrote {relativePath}");
}
