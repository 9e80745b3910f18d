using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>What compiling a region (see <see cref="RegionPlanner"/>) found out, for the call site in the function.</summary>
/// <param name="End">Offset within the function's code where the region ends and the function resumes.</param>
/// <param name="Locals">The locals the region reads or writes: stored to the frame before the call.</param>
/// <param name="Written">The locals the region writes: reloaded from the frame after the call.</param>
/// <param name="FallsThrough">Whether the region can end at <paramref name="End"/> (exit code 0).</param>
/// <param name="Results">The values it then leaves, in the value slots.</param>
/// <param name="ExitsTaken">Per enclosing label of the function, outermost first: whether the region can leave to it.</param>
internal sealed record RegionOutcome(int End, int[] Locals, int[] Written, bool FallsThrough, ValType[] Results, bool[] ExitsTaken)
{
    /// <summary>Whether the region may grow (and so move) a memory: only then does the function reload its cached bases and limits after the call.</summary>
    public bool MayMoveMemory { get; init; }

    /// <summary>Whether the region may return with a trap pending (a call in it did): only then does the function check after the call.</summary>
    public bool MayReturnPendingTrap { get; init; }
}
