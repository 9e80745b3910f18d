using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Out-of-line throws of the GC instructions, with the reference interpreter's messages (spec
/// exec/instructions.rst: struct, array and i31 accesses through null, array bounds, casts).
/// </summary>
internal static class GcTraps
{
    /// <summary>Throws "null reference" (<see cref="TrapCode.NullReference"/>), as <c>ref.as_non_null</c> does.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullReference() => throw new Trap(TrapCode.NullReference);

    /// <summary>Throws "null structure reference" (<see cref="TrapCode.NullReference"/>).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullStruct() => throw new Trap(TrapCode.NullReference, "wasm trap: null structure reference");

    /// <summary>Throws "null array reference" (<see cref="TrapCode.NullReference"/>).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullArray() => throw new Trap(TrapCode.NullReference, "wasm trap: null array reference");

    /// <summary>Throws "null i31 reference" (<see cref="TrapCode.NullReference"/>).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNullI31() => throw new Trap(TrapCode.NullReference, "wasm trap: null i31 reference");

    /// <summary>Throws <see cref="TrapCode.ArrayOutOfBounds"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArrayOutOfBounds() => throw new Trap(TrapCode.ArrayOutOfBounds);

    /// <summary>Throws <see cref="TrapCode.CastFailure"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowCastFailure() => throw new Trap(TrapCode.CastFailure);

    /// <summary>Throws <see cref="TrapCode.AllocationTooLarge"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowAllocationTooLarge() => throw new Trap(TrapCode.AllocationTooLarge);
}
