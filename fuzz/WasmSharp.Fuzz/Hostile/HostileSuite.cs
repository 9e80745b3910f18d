using System.Diagnostics;
using WasmSharp.Fuzz.Common;
using WasmSharp.Fuzz.Mutation;

namespace WasmSharp.Fuzz.Hostile;

/// <summary>
/// The <c>hostile</c> mode: a fixed suite of guests that try to take the host down. Case i of the campaign is
/// suite entry i (modulo the suite's size); each must end in a documented outcome within its time bound.
/// </summary>
internal static class HostileSuite
{
    /// <summary>Every case, in a fixed order.</summary>
    public static IReadOnlyList<HostileCase> Cases { get; } =
        StackCases.All().Concat(ResourceCases.All()).Concat(CodeShapeCases.All()).Concat(ThreadCases.All()).ToList();

    /// <summary>Runs suite entry <c>context.Index % Cases.Count</c>.</summary>
    public static CaseResult Run(CaseContext context)
    {
        HostileCase hostile = Cases[(int)(context.Index % Cases.Count)];
        context.Note($"hostile case: {hostile.Name}");
        var clock = Stopwatch.StartNew();
        string outcome;
        try
        {
            outcome = hostile.Run();
        }
        catch (HostileExpectationException e)
        {
            return CaseResult.Fail($"{hostile.Name}: {e.Message}");
        }
        catch (Exception e) when (!AllowedOutcome.IsAllowed(e))
        {
            return CaseResult.Fail($"{hostile.Name}: the host got {e}");
        }
        catch (Exception e)
        {
            return CaseResult.Fail($"{hostile.Name}: unexpected outcome {AllowedOutcome.Name(e)}: {e.Message}");
        }

        TimeSpan elapsed = clock.Elapsed;
        if (elapsed > hostile.Bound)
        {
            return CaseResult.Fail($"{hostile.Name}: {outcome}, but took {elapsed.TotalSeconds:F1} s (bound {hostile.Bound.TotalSeconds} s)");
        }

        return CaseResult.Passed($"{hostile.Name}: {outcome} ({elapsed.TotalSeconds:F2} s)");
    }
}
