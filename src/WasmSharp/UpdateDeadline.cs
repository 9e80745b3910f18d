namespace WasmSharp;

/// <summary>
/// What a store's epoch deadline callback (<see cref="Store{T}.EpochDeadlineCallback"/>) decides when
/// WebAssembly code reaches the deadline; mirrors <c>wasmtime::UpdateDeadline</c>: continue with a
/// new deadline (<see cref="Continue"/>, Wasmtime's <c>UpdateDeadline::Continue(u64)</c>) or stop
/// the code with <see cref="TrapCode.Interrupt"/> (<see cref="Interrupt"/>, what Wasmtime does when
/// the callback returns an error; throwing from the callback aborts the code with that exception).
/// </summary>
public readonly record struct UpdateDeadline
{
    private UpdateDeadline(ulong? delta) => DeltaTicks = delta;

    /// <summary>
    /// The new deadline, in epoch ticks beyond the current epoch (as <see cref="Store.SetEpochDeadline"/>
    /// takes), or null to trap.
    /// </summary>
    public ulong? DeltaTicks { get; }

    /// <summary>
    /// Trap with <see cref="TrapCode.Interrupt"/>, as when no callback is installed (Wasmtime: the
    /// callback returns <c>Err</c>, here a <see cref="Trap"/> with Wasmtime's "interrupt" code).
    /// </summary>
    public static UpdateDeadline Interrupt => new(null);

    /// <summary>
    /// Let the code continue; the deadline becomes <paramref name="deltaTicks"/> ticks after the
    /// current epoch (<c>UpdateDeadline::Continue(delta)</c>). With 0 the callback runs again at the
    /// next epoch check.
    /// </summary>
    public static UpdateDeadline Continue(ulong deltaTicks) => new(deltaTicks);
}
