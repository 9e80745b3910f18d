using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Out-of-line throw helpers called by compiled code. They are never inlined so that every trap
/// site costs one call instruction in a cold block (DESIGN.md decision 4).
/// </summary>
internal static class TrapHelpers
{
    /// <summary>Throws a trap with <paramref name="code"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(TrapCode code) => throw new Trap(code);

    /// <summary>Throws <see cref="TrapCode.MemoryOutOfBounds"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowMemoryOutOfBounds() => throw new Trap(TrapCode.MemoryOutOfBounds);

    /// <summary>Throws <see cref="TrapCode.HeapMisaligned"/> ("unaligned atomic").</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowHeapMisaligned() => throw new Trap(TrapCode.HeapMisaligned);

    /// <summary>Throws <see cref="TrapCode.TableOutOfBounds"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowTableOutOfBounds() => throw new Trap(TrapCode.TableOutOfBounds);

    /// <summary>Throws <see cref="TrapCode.IntegerDivisionByZero"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowDivisionByZero() => throw new Trap(TrapCode.IntegerDivisionByZero);

    /// <summary>Throws <see cref="TrapCode.IntegerOverflow"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowIntegerOverflow() => throw new Trap(TrapCode.IntegerOverflow);

    /// <summary>Throws <see cref="TrapCode.BadConversionToInteger"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowBadConversion() => throw new Trap(TrapCode.BadConversionToInteger);

    /// <summary>Throws <see cref="TrapCode.UnreachableCodeReached"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowUnreachable() => throw new Trap(TrapCode.UnreachableCodeReached);

    /// <summary>
    /// Throws <see cref="TrapCode.IndirectCallToNull"/> naming the table slot, as the reference
    /// interpreter does ("uninitialized element 2").
    /// </summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowIndirectCallToNull(int index) =>
        throw new Trap(TrapCode.IndirectCallToNull, "wasm trap: " + Trap.Describe(TrapCode.IndirectCallToNull) + " " + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Throws <see cref="TrapCode.StackOverflow"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowStackOverflow() => throw new Trap(TrapCode.StackOverflow);

    /// <summary>
    /// Creates the trap of <c>unreachable</c>; compiled code throws it with IL <c>throw</c>, which
    /// also tells the JIT that control does not continue.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception CreateUnreachable() => new Trap(TrapCode.UnreachableCodeReached);
}
