using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// The atomic memory accesses of the threads proposal ("Atomic Memory Accesses"), called by
/// compiled code with an already bounds- and alignment-checked native address. Every access is
/// sequentially consistent, as the proposal requires: loads and stores of 32 and 64 bits use
/// <see cref="Interlocked"/> full fences, sub-word read-modify-writes retry a compare-exchange on
/// the byte or half-word itself (.NET 9 added sub-word <see cref="Interlocked.CompareExchange(ref byte, byte, byte)"/>).
/// Results of narrow accesses come back zero-extended. The <c>op</c> argument of the RMW helpers is
/// the group of the opcode: 0 add, 1 sub, 2 and, 3 or, 4 xor, 5 xchg.
/// </summary>
internal static unsafe class AtomicOps
{
    /// <summary>Atomic 8-bit load, zero-extended.</summary>
    public static int Load8(nint address) => Volatile.Read(ref *(byte*)address);

    /// <summary>Atomic 16-bit load, zero-extended.</summary>
    public static int Load16(nint address) => Volatile.Read(ref *(ushort*)address);

    /// <summary>Atomic 32-bit load.</summary>
    public static int Load32(nint address)
    {
        // Volatile.Read is acquire-only; the fence makes a load ordered after earlier seq-cst stores.
        Interlocked.MemoryBarrier();
        return Volatile.Read(ref *(int*)address);
    }

    /// <summary>Atomic 64-bit load.</summary>
    public static long Load64(nint address)
    {
        Interlocked.MemoryBarrier();
        return Volatile.Read(ref *(long*)address);
    }

    /// <summary>Atomic 8-bit store.</summary>
    public static void Store8(nint address, int value) => Interlocked.Exchange(ref *(byte*)address, (byte)value);

    /// <summary>Atomic 16-bit store.</summary>
    public static void Store16(nint address, int value) => Interlocked.Exchange(ref *(ushort*)address, (ushort)value);

    /// <summary>Atomic 32-bit store.</summary>
    public static void Store32(nint address, int value) => Interlocked.Exchange(ref *(int*)address, value);

    /// <summary>Atomic 64-bit store.</summary>
    public static void Store64(nint address, long value) => Interlocked.Exchange(ref *(long*)address, value);

    /// <summary>Atomic 8-bit read-modify-write; returns the old value zero-extended.</summary>
    public static int Rmw8(nint address, int value, int op)
    {
        ref byte cell = ref *(byte*)address;
        if (op == 5)
        {
            return Interlocked.Exchange(ref cell, (byte)value);
        }

        byte old = Volatile.Read(ref cell);
        while (true)
        {
            byte seen = Interlocked.CompareExchange(ref cell, (byte)Apply(old, value, op), old);
            if (seen == old)
            {
                return old;
            }

            old = seen;
        }
    }

    /// <summary>Atomic 16-bit read-modify-write; returns the old value zero-extended.</summary>
    public static int Rmw16(nint address, int value, int op)
    {
        ref ushort cell = ref *(ushort*)address;
        if (op == 5)
        {
            return Interlocked.Exchange(ref cell, (ushort)value);
        }

        ushort old = Volatile.Read(ref cell);
        while (true)
        {
            ushort seen = Interlocked.CompareExchange(ref cell, (ushort)Apply(old, value, op), old);
            if (seen == old)
            {
                return old;
            }

            old = seen;
        }
    }

    /// <summary>Atomic 32-bit read-modify-write; returns the old value.</summary>
    public static int Rmw32(nint address, int value, int op)
    {
        ref int cell = ref *(int*)address;
        return op switch
        {
            0 => Interlocked.Add(ref cell, value) - value,
            1 => Interlocked.Add(ref cell, -value) + value,
            2 => Interlocked.And(ref cell, value),
            3 => Interlocked.Or(ref cell, value),
            4 => Xor32(ref cell, value),
            _ => Interlocked.Exchange(ref cell, value),
        };
    }

    /// <summary>Atomic 64-bit read-modify-write; returns the old value.</summary>
    public static long Rmw64(nint address, long value, int op)
    {
        ref long cell = ref *(long*)address;
        return op switch
        {
            0 => Interlocked.Add(ref cell, value) - value,
            1 => Interlocked.Add(ref cell, -value) + value,
            2 => Interlocked.And(ref cell, value),
            3 => Interlocked.Or(ref cell, value),
            4 => Xor64(ref cell, value),
            _ => Interlocked.Exchange(ref cell, value),
        };
    }

    /// <summary>Atomic 8-bit compare-exchange of the wrapped operands; returns the old value zero-extended.</summary>
    public static int Cmpxchg8(nint address, int expected, int replacement) =>
        Interlocked.CompareExchange(ref *(byte*)address, (byte)replacement, (byte)expected);

    /// <summary>Atomic 16-bit compare-exchange of the wrapped operands; returns the old value zero-extended.</summary>
    public static int Cmpxchg16(nint address, int expected, int replacement) =>
        Interlocked.CompareExchange(ref *(ushort*)address, (ushort)replacement, (ushort)expected);

    /// <summary>Atomic 32-bit compare-exchange; returns the old value.</summary>
    public static int Cmpxchg32(nint address, int expected, int replacement) =>
        Interlocked.CompareExchange(ref *(int*)address, replacement, expected);

    /// <summary>Atomic 64-bit compare-exchange; returns the old value.</summary>
    public static long Cmpxchg64(nint address, long expected, long replacement) =>
        Interlocked.CompareExchange(ref *(long*)address, replacement, expected);

    /// <summary><c>atomic.fence</c>: a full barrier.</summary>
    public static void Fence() => Interlocked.MemoryBarrier();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Apply(int old, int value, int op) => op switch
    {
        0 => old + value,
        1 => old - value,
        2 => old & value,
        3 => old | value,
        _ => old ^ value,
    };

    private static int Xor32(ref int cell, int value)
    {
        int old = Volatile.Read(ref cell);
        while (true)
        {
            int seen = Interlocked.CompareExchange(ref cell, old ^ value, old);
            if (seen == old)
            {
                return old;
            }

            old = seen;
        }
    }

    private static long Xor64(ref long cell, long value)
    {
        long old = Volatile.Read(ref cell);
        while (true)
        {
            long seen = Interlocked.CompareExchange(ref cell, old ^ value, old);
            if (seen == old)
            {
                return old;
            }

            old = seen;
        }
    }
}
