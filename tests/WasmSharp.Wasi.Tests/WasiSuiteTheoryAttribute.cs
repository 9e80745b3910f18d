using System.Runtime.CompilerServices;

namespace WasmSharp.Wasi.Tests;

/// <summary>A theory over wasi-testsuite programs that is skipped, with the reason, when the suite is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WasiSuiteTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the suite cannot be found.</summary>
    public WasiSuiteTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (WasiSuite.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
