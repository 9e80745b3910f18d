using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Where compiled code and untyped calls enter an interpreted function of a store that runs both
/// tiers: through the function's entry context (<see cref="InstanceContext.InterpreterEntry"/>), the
/// way <see cref="HostCalls"/> enters host functions but without the call hook, since the callee is
/// wasm (Wasmtime's Pulley functions are likewise reached through trampolines from native code).
/// </summary>
internal static class InterpreterEntries
{
    /// <summary>The untyped invoker of every interpreted function that has an entry context: <see cref="Invoke"/>.</summary>
    public static readonly RawInvoker Invoker = static (entry, values) => Invoke(entry, values);

    /// <summary>Runs the interpreted function behind <paramref name="entry"/> with <paramref name="values"/> (arguments in, results out from index 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invoke(InstanceContext entry, Span<ValRaw> values) => entry.InterpreterEntry!(entry, values);
}
