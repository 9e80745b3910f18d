namespace WasmSharp;

/// <summary>
/// The outcome of <see cref="SharedMemory.AtomicWait32"/> and <see cref="SharedMemory.AtomicWait64"/>
/// (Wasmtime's <c>WaitResult</c>), the values 0, 1 and 2 that <c>memory.atomic.wait32/64</c> return.
/// </summary>
public enum WaitResult
{
    /// <summary>Woken by a notify ("ok", 0).</summary>
    Ok,

    /// <summary>The cell did not hold the expected value ("not-equal", 1).</summary>
    Mismatch,

    /// <summary>The timeout expired first ("timed-out", 2).</summary>
    TimedOut,
}
