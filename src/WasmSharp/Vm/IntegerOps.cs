using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Integer division and remainder with the traps of spec 4.3.2 "Integer Operations"
/// (<c>idiv_s</c>, <c>idiv_u</c>, <c>irem_s</c>, <c>irem_u</c>). IL's <c>div</c>/<c>rem</c> would
/// raise CLR exceptions instead, and <c>rem</c> faults on <c>INT_MIN % -1</c> where Wasm yields 0.
/// </summary>
internal static class IntegerOps
{
    /// <summary><c>i32.div_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32DivS(int a, int b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        if (b == -1 && a == int.MinValue)
        {
            throw TrapHelpers.IntegerOverflow();
        }

        return a / b;
    }

    /// <summary><c>i32.div_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32DivU(int a, int b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        return (int)((uint)a / (uint)b);
    }

    /// <summary><c>i32.rem_s</c>: the sign of the dividend; <c>INT_MIN rem -1</c> is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32RemS(int a, int b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        return b == -1 ? 0 : a % b;
    }

    /// <summary><c>i32.rem_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32RemU(int a, int b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        return (int)((uint)a % (uint)b);
    }

    /// <summary><c>i64.div_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64DivS(long a, long b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        if (b == -1 && a == long.MinValue)
        {
            throw TrapHelpers.IntegerOverflow();
        }

        return a / b;
    }

    /// <summary><c>i64.div_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64DivU(long a, long b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        return (long)((ulong)a / (ulong)b);
    }

    /// <summary><c>i64.rem_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64RemS(long a, long b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        return b == -1 ? 0 : a % b;
    }

    /// <summary><c>i64.rem_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64RemU(long a, long b)
    {
        if (b == 0)
        {
            throw TrapHelpers.DivisionByZero();
        }

        return (long)((ulong)a % (ulong)b);
    }
}
