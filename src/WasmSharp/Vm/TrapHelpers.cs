using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Out-of-line trap factories for compiled code and runtime helpers, used as <c>throw TrapHelpers.X()</c>
/// (IL: <c>call X; throw</c>). They are never inlined so that every trap site costs one call in a
/// cold block (DESIGN.md decision 4), and the <c>throw</c> is at the site so the JIT knows control
/// ends there: a void "throw helper" would keep every live value alive across its call.
/// </summary>
internal static class TrapHelpers
{
    /// <summary>Creates a trap with <paramref name="code"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap Create(TrapCode code) => new Trap(code);

    /// <summary>Creates <see cref="TrapCode.MemoryOutOfBounds"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap MemoryOutOfBounds() =>
        new Trap(TrapCode.MemoryOutOfBounds);

    /// <summary>
    /// Throws <see cref="TrapCode.MemoryOutOfBounds"/> located at the access at module offset
    /// <paramref name="moduleOffset"/>: the whole trap block of one access in compiled code, one
    /// call then an unreachable <c>throw</c> (see <see cref="Compilation.MemoryAddressing"/>).
    /// </summary>
    /// <param name="moduleOffset">The module offset of the access that failed its bounds check.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void ThrowMemoryOutOfBoundsAt(int moduleOffset) =>
        throw new Trap(TrapCode.MemoryOutOfBounds) { ThrownAt = moduleOffset };

    /// <summary>Creates <see cref="TrapCode.HeapMisaligned"/> ("unaligned atomic").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap HeapMisaligned() =>
        new Trap(TrapCode.HeapMisaligned);

    /// <summary>Creates <see cref="TrapCode.TableOutOfBounds"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap TableOutOfBounds() =>
        new Trap(TrapCode.TableOutOfBounds);

    /// <summary>Creates <see cref="TrapCode.IntegerDivisionByZero"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap DivisionByZero() =>
        new Trap(TrapCode.IntegerDivisionByZero);

    /// <summary>Creates <see cref="TrapCode.IntegerOverflow"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap IntegerOverflow() =>
        new Trap(TrapCode.IntegerOverflow);

    /// <summary>Creates <see cref="TrapCode.BadConversionToInteger"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap BadConversion() =>
        new Trap(TrapCode.BadConversionToInteger);

    /// <summary>Creates <see cref="TrapCode.UnreachableCodeReached"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap Unreachable() =>
        new Trap(TrapCode.UnreachableCodeReached);

    /// <summary>
    /// Creates <see cref="TrapCode.IndirectCallToNull"/> naming the table slot, as the reference
    /// interpreter does ("uninitialized element 2").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap IndirectCallToNull(int index) =>
        new Trap(TrapCode.IndirectCallToNull, "wasm trap: " + Trap.Describe(TrapCode.IndirectCallToNull) + " " + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Creates <see cref="TrapCode.StackOverflow"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap StackOverflow() =>
        new Trap(TrapCode.StackOverflow);

    /// <summary>Creates <see cref="TrapCode.OutOfFuel"/> ("all fuel consumed by WebAssembly").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap OutOfFuel() =>
        new Trap(TrapCode.OutOfFuel);

    /// <summary>
    /// Called by compiled code once it has found the epoch deadline reached: runs the store's epoch
    /// deadline callback (<c>Store::epoch_deadline_callback</c>) and returns true when it chose to
    /// continue, after moving the deadline; false (no callback, or <see cref="UpdateDeadline.Interrupt"/>)
    /// and the code throws <see cref="Interrupt"/>. Only the deadline-reached path pays for this call.
    /// </summary>
    /// <remarks>
    /// Compiled code cannot suspend, so a <see cref="UpdateDeadline.Yield"/> continues it without
    /// yielding; only interpreted code of an async call yields (docs/tiers.md).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool ContinuesAfterEpochDeadline(StoreContext store)
    {
        if (DecideAtEpochDeadline(store) is not { DeltaTicks: ulong delta })
        {
            return false;
        }

        store.SetEpochDeadline(delta);
        return true;
    }

    /// <summary>
    /// What to do at a reached epoch deadline: the store's callback's decision, or null to trap
    /// (no callback, <see cref="UpdateDeadline.Interrupt"/>, or an async call canceled while its
    /// guest runs, see <see cref="GuestCancellation"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The callback asked a synchronous store to yield (Wasmtime's message).</exception>
    public static UpdateDeadline? DecideAtEpochDeadline(StoreContext store)
    {
        if (store.CancelRequests > 0 || store.EpochDeadlineCallback is not { } callback)
        {
            return null;
        }

        UpdateDeadline update = callback();
        if (update.DeltaTicks is null)
        {
            return null;
        }

        if (update.Yields && store.Async is null)
        {
            throw new InvalidOperationException(AsyncRefusals.UpdateDeadlineYield);
        }

        return update;
    }

    /// <summary>Creates <see cref="TrapCode.Interrupt"/> ("interrupt"), thrown when the epoch deadline is reached.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap Interrupt() =>
        new Trap(TrapCode.Interrupt);

    /// <summary>
    /// Records that compiled code throws <paramref name="trap"/> at the instruction at module offset
    /// <paramref name="moduleOffset"/>, for its backtrace (<see cref="Trap.ThrownAt"/>); returns it.
    /// </summary>
    public static Exception Locate(Exception trap, int moduleOffset)
    {
        if (trap is Trap located)
        {
            located.ThrownAt = moduleOffset;
        }

        return trap;
    }

    /// <summary>
    /// Creates the trap of <c>unreachable</c>; compiled code throws it with IL <c>throw</c>, which
    /// also tells the JIT that control does not continue.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception CreateUnreachable() => new Trap(TrapCode.UnreachableCodeReached);

    /// <summary>Creates <see cref="TrapCode.NullReference"/> for <c>ref.as_non_null</c> and friends.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap NullReference() =>
        new Trap(TrapCode.NullReference);

    /// <summary>Creates the trap of <c>call_ref</c> on null ("null function reference").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap NullFunctionReference() =>
        new Trap(TrapCode.NullReference, "wasm trap: null function reference");

    /// <summary>Creates the trap of a GC struct access through null ("null structure reference").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap NullStruct() =>
        new Trap(TrapCode.NullReference, "wasm trap: null structure reference");

    /// <summary>Creates the trap of a GC array access through null ("null array reference").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap NullArray() =>
        new Trap(TrapCode.NullReference, "wasm trap: null array reference");

    /// <summary>Creates the trap of <c>i31.get_*</c> on null ("null i31 reference").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap NullI31() =>
        new Trap(TrapCode.NullReference, "wasm trap: null i31 reference");

    /// <summary>Creates <see cref="TrapCode.ArrayOutOfBounds"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap ArrayOutOfBounds() =>
        new Trap(TrapCode.ArrayOutOfBounds);

    /// <summary>Creates <see cref="TrapCode.CastFailure"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap CastFailure() =>
        new Trap(TrapCode.CastFailure);

    /// <summary>Creates <see cref="TrapCode.AllocationTooLarge"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trap AllocationTooLarge() =>
        new Trap(TrapCode.AllocationTooLarge);
}
