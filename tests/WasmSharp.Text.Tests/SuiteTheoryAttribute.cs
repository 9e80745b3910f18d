using System.Runtime.CompilerServices;
using WasmSharp.TestSupport;

namespace WasmSharp.Text.Tests;

/// <summary>A theory over spec-suite scripts, skipped with the reason when the suite cannot be found.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SuiteTheoryAttribute : TheoryAttribute
{
    /// <summary>
    /// Sets <see cref="FactAttribute.Skip"/> when <see cref="SpecSuiteTests.SuiteRoot"/> finds nothing, unless the suite is
    /// required (<see cref="SharedFolder.TestSuiteRequired"/>): then the theory runs and fails.
    /// </summary>
    public SuiteTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (SpecSuiteTests.SuiteRoot() is null && !SharedFolder.TestSuiteRequired)
        {
            Skip = "spec test suite not found: set WASMSHARP_TESTSUITE or place it at ../shared/testsuite beside the repository";
        }
    }
}
