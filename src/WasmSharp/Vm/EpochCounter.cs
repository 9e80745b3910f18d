namespace WasmSharp.Vm;

/// <summary>
/// An engine's epoch (Wasmtime's <c>EngineInner::epoch</c>): one object shared by the engine and every
/// store context of it, so compiled code reaches it in two loads from <c>cx.Store</c> without a
/// reference to the public <see cref="Engine"/>.
/// </summary>
internal sealed class EpochCounter
{
    /// <summary>
    /// The current epoch. Incremented with <see cref="Interlocked"/> by any thread and read with
    /// volatile semantics by compiled code, so a loop on another thread sees the increment.
    /// </summary>
    public long Value;
}
