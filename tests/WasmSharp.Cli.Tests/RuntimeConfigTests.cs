using System.Text.Json;

namespace WasmSharp.Cli.Tests;

/// <summary>The .NET runtime settings the `wasmsharp` command ships with (its runtimeconfig.json).</summary>
public class RuntimeConfigTests
{
    [Fact]
    public void GarbageIsCollectedWithoutBackgroundCollections()
    {
        // Background gen2 collections compete with a GC-allocating guest for the cores (Sightglass
        // splay took twice as long with them), so the CLI turns them off.
        string path = Path.ChangeExtension(CliProcess.CliAssembly, ".runtimeconfig.json");
        using JsonDocument config = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
