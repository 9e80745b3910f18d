namespace WasmSharp;

/// <summary>
/// A WebAssembly trap (spec 4.4.1 "Traps"): execution aborted with a <see cref="TrapCode"/>.
/// Mirrors <c>wasmtime::Trap</c>; the message is Wasmtime's description of the code, which contains
/// the text the spec test suite's <c>assert_trap</c> expects.
/// </summary>
public sealed class Trap : Exception
{
    /// <summary>Creates a trap with Wasmtime's message for <paramref name="code"/>.</summary>
    public Trap(TrapCode code)
        : base("wasm trap: " + Describe(code))
    {
        Code = code;
    }

    /// <summary>Creates a trap with a custom message.</summary>
    public Trap(TrapCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>
    /// Creates a trap caused by <paramref name="innerException"/>: a host function failed with an
    /// exception that is not a trap, which aborts the calling WebAssembly code the way Wasmtime
    /// propagates a host function's <c>Err(anyhow::Error)</c> out of <c>Func::call</c>.
    /// </summary>
    public Trap(TrapCode code, string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    private WasmBacktrace? _backtrace;

    // On a trap that left a stack segment (StackSegments.Continue): the trap as first thrown, whose
    // exception unwound the innermost stack segment and holds the frames the backtrace reports.
    private readonly Trap? _innermost;

    private Trap(Trap innermost)
        : base(innermost.Message)
    {
        Code = innermost.Code;
        _innermost = innermost;
    }

    /// <summary>
    /// The module offset of the instruction where compiled code threw this trap itself, which the
    /// innermost frame of its backtrace reports; null when a runtime helper or the interpreter threw it.
    /// </summary>
    internal int? ThrownAt { get; set; }

    /// <summary>What caused the trap.</summary>
    public TrapCode Code { get; }

    /// <summary>
    /// The core dump of the store the trap left, when its engine has
    /// <see cref="Config.CoredumpOnTrap"/> (Wasmtime attaches a <c>WasmCoreDump</c> to the error);
    /// null otherwise, and for a trap the host created that never passed through WebAssembly.
    /// </summary>
    public WasmCoreDump? CoreDump { get; internal set; }

    /// <summary>
    /// The wasm frames the trap unwound, innermost first (Wasmtime attaches a <c>WasmBacktrace</c>
    /// to trap errors). Computed on first access from the stack trace; empty before the trap is thrown.
    /// </summary>
    public WasmBacktrace Backtrace => _backtrace ??= _innermost is Trap innermost
        ? WasmBacktrace.Truncated(innermost.Backtrace)
        : WasmBacktrace.Capture(this);

    /// <summary>
    /// This trap as it leaves a stack segment (see <see cref="Vm.StackSegments"/>): a new trap with
    /// the same code and message, reporting the backtrace of the innermost segment, which this one
    /// keeps (one segment's worth of frames) until the backtrace is read. It returns through the
    /// outer segments and is thrown only where the host entered wasm.
    /// </summary>
    internal Trap ContinuedFrom() => new(_innermost ?? this);

    /// <summary>Whether this trap was made by <see cref="ContinuedFrom"/>.</summary>
    internal bool IsContinued => _innermost is not null;

    /// <summary>The description Wasmtime displays for <paramref name="code"/> (<c>impl Display for Trap</c>).</summary>
    public static string Describe(TrapCode code) => code switch
    {
        TrapCode.StackOverflow => "call stack exhausted",
        TrapCode.MemoryOutOfBounds => "out of bounds memory access",
        TrapCode.HeapMisaligned => "unaligned atomic",
        TrapCode.TableOutOfBounds => "undefined element: out of bounds table access",
        TrapCode.IndirectCallToNull => "uninitialized element",
        TrapCode.BadSignature => "indirect call type mismatch",
        TrapCode.IntegerOverflow => "integer overflow",
        TrapCode.IntegerDivisionByZero => "integer divide by zero",
        TrapCode.BadConversionToInteger => "invalid conversion to integer",
        TrapCode.UnreachableCodeReached => "wasm `unreachable` instruction executed",
        TrapCode.Interrupt => "interrupt",
        TrapCode.OutOfFuel => "all fuel consumed by WebAssembly",
        TrapCode.NullReference => "null reference",
        TrapCode.ArrayOutOfBounds => "out of bounds array access",
        TrapCode.CastFailure => "cast failure",
        TrapCode.AllocationTooLarge => "allocation size too large",
        TrapCode.AtomicWaitNonSharedMemory => "expected shared memory",
        TrapCode.HostError => "host function error",
        _ => "unknown trap",
    };
}
