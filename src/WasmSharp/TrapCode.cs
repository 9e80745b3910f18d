namespace WasmSharp;

/// <summary>
/// Why WebAssembly code trapped. Mirrors the core codes of Wasmtime's <c>wasmtime::Trap</c> enum;
/// the spec's execution semantics (spec 4.4 "Instructions") name each condition.
/// </summary>
public enum TrapCode
{
    /// <summary>The wasm stack (bounded by <c>Config.MaxWasmStack</c>) was exhausted.</summary>
    StackOverflow,
    /// <summary>A linear memory access was out of bounds.</summary>
    MemoryOutOfBounds,
    /// <summary>An atomic access was not naturally aligned.</summary>
    HeapMisaligned,
    /// <summary>A table access was out of bounds.</summary>
    TableOutOfBounds,
    /// <summary><c>call_indirect</c> found a null table entry.</summary>
    IndirectCallToNull,
    /// <summary><c>call_indirect</c> found a function of the wrong type.</summary>
    BadSignature,
    /// <summary>An integer operation overflowed (signed division, trapping float-to-int truncation).</summary>
    IntegerOverflow,
    /// <summary>An integer division or remainder by zero.</summary>
    IntegerDivisionByZero,
    /// <summary>A trapping float-to-int truncation of NaN.</summary>
    BadConversionToInteger,
    /// <summary>The <c>unreachable</c> instruction was executed.</summary>
    UnreachableCodeReached,
    /// <summary>Execution was interrupted (epoch deadline).</summary>
    Interrupt,
    /// <summary>Fuel ran out.</summary>
    OutOfFuel,
    /// <summary>A null reference was dereferenced (GC, typed function references).</summary>
    NullReference,
    /// <summary>A GC array access was out of bounds.</summary>
    ArrayOutOfBounds,
    /// <summary>A reference cast failed.</summary>
    CastFailure,
    /// <summary>A GC allocation was too large.</summary>
    AllocationTooLarge,
    /// <summary>
    /// <c>memory.atomic.wait32/64</c> on an unshared memory (threads proposal; Wasmtime's
    /// <c>Trap::AtomicWaitNonSharedMemory</c>).
    /// </summary>
    AtomicWaitNonSharedMemory,
    /// <summary>
    /// A host function failed with an error that is not one of the codes above (Wasmtime returns
    /// the host's <c>anyhow::Error</c> from the call rather than a <c>wasmtime::Trap</c>): the
    /// trap's message describes it and its <see cref="System.Exception.InnerException"/>, when
    /// set, is the host exception.
    /// </summary>
    HostError,
}
