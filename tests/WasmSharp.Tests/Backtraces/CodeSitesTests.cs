using WasmSharp.Vm;

namespace WasmSharp.Tests.Backtraces;

/// <summary>
/// How a compiled frame's module offset is found from the IL offset .NET reports
/// (<see cref="CodeSites.LookupFrom"/>): never a wrong one, and the one site that fits whenever
/// only one in the method does.
/// </summary>
public sealed class CodeSitesTests
{
    // A method whose IL has a call of function 5 (module offset 0x40) at IL 10 and a load (0x48)
    // at IL 20, both in the statement starting at IL 0; the statement at IL 30 reads the local the
    // first one set, so the JIT may have merged the two and report IL 30 for the call.
    private static CodeSites MergedCallThenLoad(int secondCallee)
    {
        var builder = new CodeSites.Builder();
        builder.AddStatement(0);
        builder.Add(10, 0x40, 5);
        builder.Add(20, 0x48);
        builder.AddStatement(30);
        builder.MarkStatementAbsorbsPrevious();
        builder.Add(40, 0x50, secondCallee);
        return builder.Build();
    }

    [Fact]
    public void TheOnlyCallOfTheCalleeIsFoundWhereverTheJitPutTheOffset()
    {
        // Merged: the reported statement comes after the load's site.
        Assert.Equal(0x40, MergedCallThenLoad(secondCallee: 6).LookupFrom(30, callee: 5, callsOnly: true));
    }

    [Fact]
    public void TwoCallsOfTheCalleeInMergedStatementsAreNotGuessed()
    {
        Assert.Null(MergedCallThenLoad(secondCallee: 5).LookupFrom(30, callee: 5, callsOnly: true));
    }

    [Fact]
    public void ACallOfOtherCodeIsFoundWhenItIsTheOnlyCall()
    {
        CodeSites sites = MergedCallThenLoad(secondCallee: CodeSites.NoCall);
        Assert.Equal(0x40, sites.LookupFrom(30, callee: null, callsOnly: true));

        // A helper's trap that the load can raise, and the call cannot.
        Assert.Equal(0x48, sites.LookupFrom(30, callee: null, callsOnly: false, raises: offset => offset == 0x48));
    }

    [Fact]
    public void ARecordedSiteIsConfirmedOnlyWhereItFits()
    {
        CodeSites sites = MergedCallThenLoad(secondCallee: 6);
        Assert.True(sites.Confirms(0x40, callee: 5, callsOnly: true));
        Assert.False(sites.Confirms(0x50, callee: 5, callsOnly: true));
        Assert.False(sites.Confirms(0x48, callee: null, callsOnly: true));
        Assert.False(sites.Confirms(0x44, callee: null, callsOnly: false));
    }
}
