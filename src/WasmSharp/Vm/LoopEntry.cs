namespace WasmSharp.Vm;

/// <summary>
/// The on-stack replacement entry of a compiled function (Strategy.Auto's tier-up, see
/// <see cref="Interpretation.TierUp.OnLoopHot"/>): runs the function from the header of the loop at
/// module offset <paramref name="loop"/> with the parameters and locals in the interpreter's frame
/// <paramref name="frame"/> (one slot each, parameters first), to its end, and writes the results
/// back from slot 0.
/// </summary>
internal delegate void LoopEntry(InstanceContext cx, Span<ValRaw> frame, int loop);
