using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Where an interpreted frame traps: the instructions whose runtime helpers raise traps record the
/// position of the instruction that raised it (<see cref="Positioned"/>), so that the frame's
/// backtrace entry has its module offset (Wasmtime's <c>FrameInfo::module_offset</c>). Only the
/// trapping path pays: the loop's own operations test their operands where the helpers did, and
/// the families run outside the loop position the frame in an exception filter
/// (<see cref="RaisedAt"/>), which reads the position they were given.
/// </summary>
internal static unsafe partial class Interpreter
{
    /// <summary>
    /// An exception filter of a method running the instruction at <paramref name="ip"/>: the
    /// instruction raised <paramref name="exception"/> (or a helper it called did), so the innermost
    /// frame stands there, unless an activation nested in it (a host function it called that called
    /// wasm again) already recorded its own frames. Declines the exception.
    /// </summary>
    internal static bool RaisedAt(ref int ip, Exception exception)
    {
        InterpreterStack stack = InterpreterStack.Current;
        if (!ReferenceEquals(stack.Positioned, exception) && !ReferenceEquals(stack.Recorded, exception))
        {
            Positioned(ref ip, exception);
        }

        return false;
    }

    /// <summary>
    /// The callee of the <c>call_indirect</c> at <paramref name="ip"/> with table index
    /// <paramref name="index"/>: the exact type test inline, as <see cref="Builtins.ResolveIndirect"/>
    /// makes it; anything else (a subtype, or a trap) out of line, where a trap is positioned.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FuncRef ResolveIndirect(ref int ip, ulong index, InstanceContext cx)
    {
        // Unchecked reads, as Builtins.ResolveIndirect's: the table index is validated, the slot just compared.
        // A null slot (maybe one still to be filled from the table's image) takes the slow path.
        object?[] elements = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(cx.Tables), Unsafe.Add(ref ip, 1)).RawElements;
        return index < (ulong)elements.Length
            && Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(elements), (nint)index) is FuncRef func
            && func.TypeId == Unsafe.Add(ref ip, 2)
            ? func
            : ResolveIndirectSlow(ref ip, index, cx);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FuncRef ResolveIndirectSlow(ref int ip, ulong index, InstanceContext cx)
    {
        try
        {
            return Builtins.ResolveIndirect(index > int.MaxValue ? -1 : (int)index, Unsafe.Add(ref ip, 1), Unsafe.Add(ref ip, 2), cx);
        }
        catch (Exception e) when (RaisedAt(ref ip, e))
        {
            // Never reached: the filter locates the frame and declines the exception.
            throw;
        }
    }

    /// <summary><paramref name="divisor"/>, or a division-by-zero trap at <paramref name="ip"/> when it is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Divisor<T>(T divisor, ref int ip)
        where T : IBinaryInteger<T> =>
        T.IsZero(divisor) ? throw Positioned(ref ip, TrapHelpers.DivisionByZero()) : divisor;

    /// <summary>
    /// <paramref name="dividend"/>, or an integer-overflow trap at <paramref name="ip"/> when a
    /// signed division of it by <paramref name="divisor"/> overflows (the minimum by -1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T SignedDividend<T>(T dividend, T divisor, ref int ip)
        where T : IBinaryInteger<T>, IMinMaxValue<T>, ISignedNumber<T> =>
        divisor == T.NegativeOne && dividend == T.MinValue ? throw Positioned(ref ip, TrapHelpers.IntegerOverflow()) : dividend;

    /// <summary>
    /// <paramref name="x"/>, the operand of a trapping truncation, or its trap at
    /// <paramref name="ip"/> when it does not <paramref name="fits"/> the result.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Truncatable<T>(T x, bool fits, ref int ip)
        where T : IFloatingPoint<T> =>
        fits ? x : throw Positioned(ref ip, ConversionOps.TruncationTrap(double.CreateTruncating(x)));

    /// <summary>
    /// Records that the innermost frame raised <paramref name="trap"/> at the instruction at
    /// <paramref name="ip"/>, whose position its backtrace then reports (the loop keeps the position
    /// in a register only, so traps that should be located pass it here; only they pay).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Exception Positioned(ref int ip, Exception trap)
    {
        InterpreterStack stack = InterpreterStack.Current;
        if (stack.FrameCount > 0)
        {
            ref Frame frame = ref stack.Frames[stack.FrameCount - 1];
            int[] code = frame.Function.Code.Code;
            nint position = Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(code), ref ip) / sizeof(int);
            if (position >= 0 && position < code.Length)
            {
                frame.Pc = (int)position + 1;
                stack.Positioned = trap;
            }
        }

        return trap;
    }

    // A filter: the exception left a call out of the innermost frame, whose resume position is set.
    private static bool CalledOut(InterpreterStack stack, Exception exception)
    {
        stack.Positioned = exception;
        return false;
    }
}
