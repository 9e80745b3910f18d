using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// What compiled exception-handling code calls (spec 4.4.8 <c>throw</c>, <c>throw_ref</c>,
/// <c>try_table</c> handlers): an exception is a <see cref="WasmException"/> carrying its tag
/// instance and payload, thrown with IL <c>throw</c>. Traps are not <see cref="WasmException"/>s,
/// so wasm handlers never catch them.
/// </summary>
internal static class ExceptionHelpers
{
    /// <summary>Creates the exception of <c>throw</c> with tag <paramref name="tag"/> of <paramref name="cx"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception Create(ValRaw[] payload, int tag, InstanceContext cx) => new WasmException(cx.Tags[tag], payload);

    /// <summary>The exception for <c>throw_ref</c>: the exnref itself, or a trap when it is null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception Rethrow(object? exnref) =>
        (Exception?)(exnref as WasmException) ?? new Trap(TrapCode.NullReference, "wasm trap: null exception reference");

    /// <summary>Whether <paramref name="exception"/> has tag <paramref name="tag"/> of <paramref name="cx"/> (tag identity, not type).</summary>
    public static bool Matches(WasmException exception, int tag, InstanceContext cx) => ReferenceEquals(exception.TagInstance, cx.Tags[tag]);
}
