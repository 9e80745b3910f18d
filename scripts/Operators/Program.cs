// Writes the files generated from src/WasmSharp/Operators/operators.def into the repository holding
// this script (found upwards from the working directory), or into the folder given as the only argument.
using WasmSharp.Generators;

string root = RepositoryRoot.Find(args);
string definition = File.ReadAllText(Path.Combine(root, OperatorsGenerator.DefinitionPath));
foreach ((string relativePath, string text) in OperatorsGenerator.Files(definition))
{
    File.WriteAllText(Path.Combine(root, relativePath), text);
    Console.WriteLine($"wrote {relativePath}");
}
