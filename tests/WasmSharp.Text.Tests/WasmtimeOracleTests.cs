using WasmSharp.Text.Wast;
using Wasmtime;
using Xunit;
using Xunit.Abstractions;

namespace WasmSharp.Text.Tests;

/// <summary>
/// Uses Wasmtime's validator as an oracle for the encoder: every module of the suite that must be valid has to
/// validate after encoding, and text modules of <c>assert_invalid</c> must still be rejected (the encoder must not
/// lose or invent information).
/// </summary>
public class WasmtimeOracleTests
{
    // Wasmtime 50's embedding API cannot enable custom page sizes, Wasmtime does not implement the legacy exception
    // instructions (checked against wabt during development instead), and the threads proposal's assert_invalid
    // expectations predate multi-memory, which Wasmtime enables.
    private static readonly string[] s_folders = { "wasm-3.0", "proposals/threads", "proposals/wide-arithmetic" };

    private static readonly Lazy<Engine> s_engine = new(() => new Engine(new Config()
        .WithGc(true).WithFunctionReferences(true).WithReferenceTypes(true).WithTailCalls(true).WithWasmThreads(true)
        .WithSIMD(true).WithRelaxedSIMD(true, false).WithBulkMemory(true).WithMultiValue(true).WithMultiMemory(true)
        .WithMemory64(true).WithWideArithmetic(true).WithExceptions(true)));

    private readonly ITestOutputHelper _output;

    public WasmtimeOracleTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Scripts()
    {
        string? root = SpecSuiteTests.SuiteRoot();
        if (root == null)
        {
            yield return new object[] { "<testsuite not found>" };
            yield break;
        }

        foreach (var folder in s_folders)
        {
            string dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var f in Directory.EnumerateFiles(dir, "*.wast", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                string rel = Path.GetRelativePath(root, f).Replace('\\', '/');
                if (rel.StartsWith("wasm-3.0/legacy/", StringComparison.Ordinal))
                {
                    continue;
                }

                yield return new object[] { rel };
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void EncodedModulesValidate(string relativePath)
    {
        string? root = SpecSuiteTests.SuiteRoot();
        if (root == null)
        {
            _output.WriteLine("SKIPPED: spec test suite not found; set WASMSHARP_TESTSUITE or place it at ../shared/testsuite relative to the repository root.");
            return;
        }

        var script = WastParser.ParseScript(File.ReadAllText(Path.Combine(root, relativePath)), relativePath);
        var failures = new List<string>();
        foreach (var command in script.Commands)
        {
            WastModule? module = command switch
            {
                WastModuleCommand m => m.Module,
                WastAssertTrap t => t.Module,
                WastAssertUnlinkable u => u.Module,
                WastAssertUninstantiable u => u.Module,
                _ => null,
            };
            if (module != null && module.Kind != WastModuleKind.Binary)
            {
                string? error = Module.Validate(s_engine.Value, module.ToBinary());
                if (error != null)
                {
                    failures.Add($"{relativePath}:{command.Line}: {error.Split('\n')[0]}");
                }
            }

            if (command is WastAssertInvalid invalid && invalid.Module.Kind != WastModuleKind.Binary && !relativePath.StartsWith("proposals/threads/", StringComparison.Ordinal))
            {
                byte[] bytes;
                try
                {
                    bytes = invalid.Module.ToBinary();
                }
                catch (WatParseException)
                {
                    continue;
                }

                if (Module.Validate(s_engine.Value, bytes) == null)
                {
                    failures.Add($"{relativePath}:{command.Line}: invalid module (\"{invalid.Message}\") validates after encoding");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
