using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Atomic memory instructions under the 0xFE prefix (threads proposal, "Atomic Memory Accesses").</summary>
internal sealed partial class FunctionValidator
{
    // Loads, stores and read-modify-write groups repeat one pattern of seven accesses:
    // i32, i64, i32 8u, i32 16u, i64 8u, i64 16u, i64 32u.
    private static ReadOnlySpan<byte> AtomicAlign => [2, 3, 0, 1, 0, 1, 2];

    private static bool AtomicIs64(int k) => k == 1 || k >= 4;

    /// <summary>The 0xFE prefix.</summary>
    private void ValidateAtomic(ref WasmReader r)
    {
        uint op = r.ReadVarUInt32();
        switch (op)
        {
            case 0x00:
            {
                // memory.atomic.notify: [at i32] -> [i32]
                ValType address = ReadMemArg(ref r, 2, atomic: true);
                Pop(ValType.I32);
                Pop(address);
                Push(ValType.I32);
                return;
            }

            case 0x01:
            case 0x02:
            {
                // memory.atomic.wait32/64: [at t i64] -> [i32]
                ValType address = ReadMemArg(ref r, op == 0x01 ? 2 : 3, atomic: true);
                Pop(ValType.I64);
                Pop(op == 0x01 ? ValType.I32 : ValType.I64);
                Pop(address);
                Push(ValType.I32);
                return;
            }

            case 0x03:
                ReadZeroByte(ref r); // atomic.fence
                return;
        }

        if (op < 0x10 || op > 0x4E)
        {
            FailIllegalOpcode(Opcodes.AtomicPrefix, op);
        }

        int k = (int)(op - 0x10) % 7;
        int group = (int)(op - 0x10) / 7;
        ValType value = AtomicIs64(k) ? ValType.I64 : ValType.I32;
        ValType accessAddress = ReadMemArg(ref r, AtomicAlign[k], atomic: true);
        switch (group)
        {
            case 0: // load
                Pop(accessAddress);
                Push(value);
                break;
            case 1: // store
                Pop(value);
                Pop(accessAddress);
                break;
            case 8: // cmpxchg: [at t t] -> [t]
                Pop(value);
                Pop(value);
                Pop(accessAddress);
                Push(value);
                break;
            default: // rmw add/sub/and/or/xor/xchg: [at t] -> [t]
                Pop(value);
                Pop(accessAddress);
                Push(value);
                break;
        }
    }
}
