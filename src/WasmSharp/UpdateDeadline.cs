namespace WasmSharp;

/// <summary>
/// What a store's epoch deadline callback (<see cref="Store{T}.EpochDeadlineCallback"/>) decides when
/// WebAssembly code reaches the deadline; mirrors <c>wasmtime::UpdateDeadline</c>: continue with a
/// new deadline (<see cref="Continue"/>, Wasmtime's <c>UpdateDeadline::Continue(u64)</c>), yield
/// then continue (<see cref="Yield"/>, in async stores) or stop
/// the code with <see cref="TrapCode.Interrupt"/> (<see cref="Interrupt"/>, what Wasmtime does when
/// the callback returns an error; throwing from the callback aborts the code with that exception).
/// </summary>
public readonly record struct UpdateDeadline
{
    private UpdateDeadline(ulong? delta, bool yields = false)
    {
        DeltaTicks = delta;
        Yields = yields;
    }

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

    /// <summary>
    /// Whether the code yields to other tasks before it continues (<see cref="Yield"/>).
    /// </summary>
    public bool Yields { get; }

    /// <summary>
    /// Let the code continue after yielding its thread to other tasks, with the deadline
    /// <paramref name="deltaTicks"/> ticks after the epoch when it resumes (<c>UpdateDeadline::Yield(delta)</c>).
    /// Only a store of an engine with <see cref="Config.AsyncSupport"/> may yield; there, interpreted
    /// code of an async call yields and compiled code, which cannot, continues at once (docs/tiers.md).
    /// <see cref="Store.EpochDeadlineAsyncYieldAndUpdate"/> installs a callback returning this.
    /// </summary>
    public static UpdateDeadline Yield(ulong deltaTicks) => new(deltaTicks, yields: true);
}
