using WasmSharp.Generators;
using WasmSharp.Operators;
using WasmSharp.TestSupport;

namespace WasmSharp.Tests.Operators;

/// <summary>The operator table generated from operators.def: up to date with its generator, and its lookups consistent.</summary>
public sealed class OperatorTableTests
{
    [Fact]
    public void RegeneratingTheOperatorTablesChangesNothing()
    {
        string? root = SharedFolder.RepositoryRoot;
        Assert.NotNull(root);
        string definition = File.ReadAllText(Path.Combine(root, OperatorsGenerator.DefinitionPath));
        foreach ((string relativePath, string text) in OperatorsGenerator.Files(definition))
        {
            string path = Path.Combine(root, relativePath);
            Assert.True(File.Exists(path), $"{relativePath} is missing: run `dotnet run --project scripts/Operators`");
            Assert.True(File.ReadAllText(path) == text, $"{relativePath} is stale: run `dotnet run --project scripts/Operators`");
        }
    }

    [Fact]
    public void GeneratorScriptProjectsLoad()
    {
        // An XML comment holding "--" (e.g. "dotnet run --project") made MSBuild refuse scripts/WrapOverloads.
        string? root = SharedFolder.RepositoryRoot;
        Assert.NotNull(root);
        string[] projects = Directory.GetFiles(Path.Combine(root, "scripts"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (string project in projects)
        {
            System.Xml.Linq.XDocument.Load(project);
        }
    }

    [Fact]
    public void EveryOperatorDecodesFromItsOwnEncoding()
    {
        Assert.Equal(Enum.GetValues<Operator>().Length, OperatorInfos.All.Length);
        foreach (Operator op in Enum.GetValues<Operator>())
        {
            OperatorInfo info = OperatorTable.Info(op);
            Assert.Equal(op, info.Operator);
            Assert.True(OperatorTable.TryDecode(info.Prefix, info.Code, out Operator decoded), info.Name);
            Assert.Equal(op, decoded);
        }
    }

    [Theory]
    [InlineData(0x00, 0x6Au, "i32.add", "i32 i32 -> i32")]
    [InlineData(0x00, 0x28u, "i32.load", "at -> i32")]
    [InlineData(0xFC, 0x13u, "i64.add128", "i64 i64 i64 i64 -> i64 i64")]
    [InlineData(0xFD, 0x1Bu, "i32x4.extract_lane", "v128 -> i32")]
    [InlineData(0xFE, 0x01u, "memory.atomic.wait32", "at i32 i64 -> i32")]
    public void FixedSignaturesFollowTheDefinition(byte prefix, uint code, string name, string type)
    {
        OperatorInfo info = OperatorTable.Info(OperatorTable.Decode(prefix, code));
        Assert.Equal(name, info.Name);
        OperatorSignature signature = info.Signature!;
        Assert.Equal(type.Replace("at", "i32", StringComparison.Ordinal), Describe(signature, address64: false));
        Assert.Equal(type.Replace("at", "i64", StringComparison.Ordinal), Describe(signature, address64: true));
        Assert.Equal(type.Contains("at", StringComparison.Ordinal), signature.UsesAddress);
    }

    [Fact]
    public void UnknownEncodingsDecodeToNothing()
    {
        Assert.False(OperatorTable.TryDecode(0x00, 0xFD, out _)); // a prefix, not an operator
        Assert.False(OperatorTable.TryDecode(0xFD, 0x9A, out _)); // a gap in the SIMD opcodes
        Assert.False(OperatorTable.TryDecode(0xFC, 0x12, out _));
        Assert.False(OperatorTable.TryDecode(0xFE, 0x4F, out _));
        Assert.False(OperatorTable.TryDecode(0xFA, 0x00, out _)); // not a prefix
        Assert.False(OperatorTable.TryDecode(0xFF, 0x00, out _));
    }

    [Fact]
    public void PrefixRequirementsAreTheFeatureEveryOperatorUnderThemShares()
    {
        Assert.Equal(WasmFeatures.Gc, OperatorTable.PrefixRequirement(0xFB)?.AnyOf);
        Assert.Null(OperatorTable.PrefixRequirement(0xFC));
        Assert.Equal("SIMD", OperatorTable.PrefixRequirement(0xFD)?.Proposal);
        Assert.Equal(WasmFeatures.Threads, OperatorTable.PrefixRequirement(0xFE)?.AnyOf);
    }

    private static string Describe(OperatorSignature signature, bool address64) =>
        string.Join(' ', signature.Params(address64).Select(t => t.ToString()).Append("->").Concat(signature.Results(address64).Select(t => t.ToString())));
}
