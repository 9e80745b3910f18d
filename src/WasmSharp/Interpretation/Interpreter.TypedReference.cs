using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>The control instructions of typed function references and GC: <c>call_ref</c> and <c>br_on_cast</c>.</summary>
internal static partial class Interpreter
{
    /// <summary>
    /// The function <c>call_ref</c> (and <c>return_call_ref</c>) calls through
    /// <paramref name="reference"/>, or a <see cref="TrapCode.NullReference"/> trap ("null function
    /// reference", as the compiled tier) when it is null.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FuncRef CallRefTarget(object? reference) =>
        reference is null ? throw TrapHelpers.NullFunctionReference() : (FuncRef)reference;

    /// <summary>
    /// <see cref="Op.BrOnCast"/> and <see cref="Op.BrOnCastFail"/> at <paramref name="pc"/>: the
    /// next code position, the target when the cast test succeeds (or fails).
    /// </summary>
    private static int BranchOnCast(ref int ip, ref ValRaw fp, int pc)
    {
        bool matches = GcOps.Test(S(ref fp, ref ip, 1).Ref, Unsafe.Add(ref ip, 2), Unsafe.Add(ref ip, 3), Unsafe.Add(ref ip, 4) != 0);
        return matches == (ip == (int)Op.BrOnCast) ? Unsafe.Add(ref ip, 5) : pc + 6;
    }
}
