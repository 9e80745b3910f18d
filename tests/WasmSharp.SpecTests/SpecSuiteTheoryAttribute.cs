using System.Runtime.CompilerServices;

namespace WasmSharp.SpecTests;

/// <summary>A theory over spec-suite files that is skipped, with the reason, when the suite is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SpecSuiteTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the suite cannot be found.</summary>
    public SpecSuiteTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (SpecSuite.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
