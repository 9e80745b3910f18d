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
    internal static FuncRef CallRefTarget(object? reference, ref int ip) =>
        reference is null ? throw Positioned(ref ip, TrapHelpers.NullFunctionReference()) : (FuncRef)reference;

    /// <summary>
    /// Whether <see cref="Op.BrOnCast"/> or <see cref="Op.BrOnCastFail"/> at <paramref name="ip"/>
    /// branches: the cast test succeeds (or fails).
    /// </summary>
    private static bool BranchOnCastTaken(ref int ip, ref ValRaw fp)
    {
        bool matches = GcOps.Test(S(ref fp, ref ip, 1).Ref, Unsafe.Add(ref ip, 2), Unsafe.Add(ref ip, 3), Unsafe.Add(ref ip, 4) != 0);
        return matches == (ip == (int)Op.BrOnCast);
    }
}
