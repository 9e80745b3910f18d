using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Out-of-line traps for null references met by the typed-function-reference and exception
/// instructions (<c>call_ref</c>, <c>return_call_ref</c>, <c>ref.as_non_null</c>, <c>throw_ref</c>),
/// with the reference interpreter's messages that the spec tests expect. Like
/// <see cref="TrapHelpers"/>, never inlined so each site costs one call in a cold block.
/// </summary>
internal static class NullChecks
{
    /// <summary>Throws the trap of <c>call_ref</c>/<c>return_call_ref</c> on null (Wasmtime's <c>NullReference</c>).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullFunctionReference() =>
        throw new Trap(TrapCode.NullReference, "wasm trap: null function reference");

    /// <summary>Throws the trap of <c>ref.as_non_null</c> on null.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullReference() => throw new Trap(TrapCode.NullReference);

    /// <summary>Throws the trap of <c>throw_ref</c> on null.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullExceptionReference() =>
        throw new Trap(TrapCode.NullReference, "wasm trap: null exception reference");
}
