using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Memory instructions (spec 4.4.7) and table instructions (4.4.6). i32 addresses are zero-extended
/// in their slots, so one path serves 32- and 64-bit memories and tables.
/// </summary>
internal static unsafe partial class Interpreter
{
    /// <summary>
    /// The host address of the access of <paramref name="size"/> bytes described by the load or store
    /// at <paramref name="ip"/> (operands: memory 3, offset 4–5), or a trap when it is out of bounds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte* Address(ref int ip, InstanceContext cx, ulong address, uint size)
    {
        int memory = Unsafe.Add(ref ip, 3);
        LinearMemory mem = memory == 0 ? cx.Memory0! : cx.Memories[memory];
        ulong effective = address + Imm64(ref ip, 4);
        ulong length = mem.Length;
        if (effective < address || effective > length || length - effective < size)
        {
            throw Positioned(ref ip, TrapHelpers.MemoryOutOfBounds());
        }

        return mem.Base + effective;
    }

    private static int ExecuteLoadStore(ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        ref ValRaw first = ref S(ref fp, ref ip, 1);
        ref ValRaw second = ref S(ref fp, ref ip, 2);
        switch (ip)
        {
            // Loads: dst, address. f32/f64 loads are the i32/i64 ones: the bits are the same.
            case 0x28 or 0x2A: first.Bits = Unsafe.ReadUnaligned<uint>(Address(ref ip, cx, second.Bits, 4)); break;
            case 0x29 or 0x2B: first.Bits = Unsafe.ReadUnaligned<ulong>(Address(ref ip, cx, second.Bits, 8)); break;
            case 0x2C: first.Bits = (uint)(int)*(sbyte*)Address(ref ip, cx, second.Bits, 1); break;
            case 0x2D or 0x31: first.Bits = *Address(ref ip, cx, second.Bits, 1); break;
            case 0x2E: first.Bits = (uint)(int)Unsafe.ReadUnaligned<short>(Address(ref ip, cx, second.Bits, 2)); break;
            case 0x2F or 0x33: first.Bits = Unsafe.ReadUnaligned<ushort>(Address(ref ip, cx, second.Bits, 2)); break;
            case 0x30: first.Bits = (ulong)(long)*(sbyte*)Address(ref ip, cx, second.Bits, 1); break;
            case 0x32: first.Bits = (ulong)(long)Unsafe.ReadUnaligned<short>(Address(ref ip, cx, second.Bits, 2)); break;
            case 0x34: first.Bits = (ulong)(long)Unsafe.ReadUnaligned<int>(Address(ref ip, cx, second.Bits, 4)); break;
            case 0x35: first.Bits = Unsafe.ReadUnaligned<uint>(Address(ref ip, cx, second.Bits, 4)); break;

            // Stores: address, value.
            case 0x36 or 0x38 or 0x3E: Unsafe.WriteUnaligned(Address(ref ip, cx, first.Bits, 4), (uint)second.Bits); break;
            case 0x37 or 0x39: Unsafe.WriteUnaligned(Address(ref ip, cx, first.Bits, 8), second.Bits); break;
            case 0x3A or 0x3C: *Address(ref ip, cx, first.Bits, 1) = (byte)second.Bits; break;
            case 0x3B or 0x3D: Unsafe.WriteUnaligned(Address(ref ip, cx, first.Bits, 2), (ushort)second.Bits); break;
            default:
                throw new InvalidOperationException($"interpreter: unknown memory instruction 0x{ip:X}");
        }

        return 6;
    }

    private static int ExecuteBulk(ref int ip, ref ValRaw fp, InstanceContext cx, InterpreterStack stack)
    {
        try
        {
            switch (ip)
            {
                case (int)Op.MemorySize:
                    S(ref fp, ref ip, 1).Bits = cx.Memories[Unsafe.Add(ref ip, 2)].Pages;
                    return 3;
                case (int)Op.MemoryGrow:
                {
                    int memory = Unsafe.Add(ref ip, 3);
                    long delta = (long)S(ref fp, ref ip, 2).Bits;
                    long old = stack.Activation is not null && cx.Store.Async?.Limiter is AsyncLimiterAdapter limiter
                        ? GrowInAsyncCall(stack, ref ip, limiter, () => Builtins64.MemoryGrow(delta, memory, cx))
                        : Builtins64.MemoryGrow(delta, memory, cx);
                    S(ref fp, ref ip, 1).Bits = cx.Memories[memory].Type.Is64 ? (ulong)old : (uint)old;
                    return 4;
                }

                case (int)Op.MemoryFill:
                    Builtins64.MemoryFill((long)S(ref fp, ref ip, 1).Bits, (int)S(ref fp, ref ip, 2).Bits, (long)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4), cx);
                    return 5;
                case (int)Op.MemoryCopy:
                    Builtins64.MemoryCopy((long)S(ref fp, ref ip, 1).Bits, (long)S(ref fp, ref ip, 2).Bits, (long)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5), cx);
                    return 6;
                case (int)Op.MemoryInit:
                    Builtins64.MemoryInit((long)S(ref fp, ref ip, 1).Bits, (int)S(ref fp, ref ip, 2).Bits, (int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5), cx);
                    return 6;
                case (int)Op.DataDrop:
                    Builtins.DataDrop(Unsafe.Add(ref ip, 1), cx);
                    return 2;
                case (int)Op.TableGet:
                    S(ref fp, ref ip, 1).Ref = Builtins64.TableGet((long)S(ref fp, ref ip, 2).Bits, Unsafe.Add(ref ip, 3), cx);
                    return 4;
                case (int)Op.TableSet:
                    Builtins64.TableSet((long)S(ref fp, ref ip, 2).Bits, S(ref fp, ref ip, 3).Ref, Unsafe.Add(ref ip, 1), cx);
                    return 4;
                case (int)Op.TableSize:
                    S(ref fp, ref ip, 1).Bits = (ulong)Builtins64.TableSize(Unsafe.Add(ref ip, 2), cx);
                    return 3;
                case (int)Op.TableGrow:
                {
                    int table = Unsafe.Add(ref ip, 4);
                    object? init = S(ref fp, ref ip, 2).Ref;
                    long delta = (long)S(ref fp, ref ip, 3).Bits;
                    long old = stack.Activation is not null && cx.Store.Async?.Limiter is AsyncLimiterAdapter limiter
                        ? GrowInAsyncCall(stack, ref ip, limiter, () => Builtins64.TableGrow(init, delta, table, cx))
                        : Builtins64.TableGrow(init, delta, table, cx);
                    S(ref fp, ref ip, 1).Bits = cx.Tables[table].Type.Is64 ? (ulong)old : (uint)old;
                    return 5;
                }

                case (int)Op.TableFill:
                    Builtins64.TableFill((long)S(ref fp, ref ip, 1).Bits, S(ref fp, ref ip, 2).Ref, (long)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4), cx);
                    return 5;
                case (int)Op.TableCopy:
                    Builtins64.TableCopy((long)S(ref fp, ref ip, 1).Bits, (long)S(ref fp, ref ip, 2).Bits, (long)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5), cx);
                    return 6;
                case (int)Op.TableInit:
                    Builtins64.TableInit((long)S(ref fp, ref ip, 1).Bits, (int)S(ref fp, ref ip, 2).Bits, (int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5), cx);
                    return 6;
                case (int)Op.ElemDrop:
                    Builtins.ElemDrop(Unsafe.Add(ref ip, 1), cx);
                    return 2;
                default:
                    throw new InvalidOperationException($"interpreter: unknown instruction 0x{ip:X}");
            }
        }
        catch (Exception e) when (RaisedAt(ref ip, e))
        {
            // Never reached: the filter locates the frame and declines the exception.
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="grow"/>, the <c>memory.grow</c> or <c>table.grow</c> at <paramref name="ip"/>
    /// of an async call in a store with an async limiter, letting the limiter suspend the call while
    /// its decision is pending (<see cref="AsyncLimiterAdapter"/>): the frame's resume position is
    /// this instruction, which runs again, decision in hand, when the call resumes.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long GrowInAsyncCall(InterpreterStack stack, ref int ip, AsyncLimiterAdapter limiter, Func<long> grow)
    {
        ref Frame frame = ref stack.Frames[stack.FrameCount - 1];
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(frame.Function.Code.Code);
        frame.Pc = (int)(Unsafe.ByteOffset(ref code0, ref ip) / sizeof(int));
        limiter.MaySuspend = true;
        try
        {
            return grow();
        }
        finally
        {
            limiter.MaySuspend = false;
        }
    }

    /// <summary>Reads memory 0's base and length into the loop's locals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe (nint Base, ulong Length) LoadMemory(InstanceContext cx) =>
        cx.Memory0 is LinearMemory memory ? ((nint)memory.Base, memory.Length) : (0, 0);

    /// <summary>
    /// The host address of a <paramref name="size"/>-byte access of a 32-bit memory 0 at the i32 in
    /// operand <paramref name="addressOperand"/> plus the offset in operand <paramref name="offsetOperand"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe byte* Fast(ref ValRaw fp, ref int ip, int addressOperand, uint size, nint memoryBase, ulong memoryLength, InstanceContext cx, int offsetOperand = 3)
    {
        ulong effective = Effective(ref fp, ref ip, addressOperand, offsetOperand);
        return effective + size <= memoryLength ? (byte*)memoryBase + effective : FastSlow(ref ip, effective, size, cx);
    }

    /// <summary>As <see cref="Fast"/> for an address <c>i32.add a imm</c>: a in operand 2, imm in 3, offset in 4.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe byte* FastAddImm(ref ValRaw fp, ref int ip, uint size, nint memoryBase, ulong memoryLength, InstanceContext cx)
    {
        ulong effective = EffectiveAddImm(ref fp, ref ip, 2);
        return effective + size <= memoryLength ? (byte*)memoryBase + effective : FastSlow(ref ip, effective, size, cx);
    }

    /// <summary>The effective address of an access at the i32 in operand <paramref name="addressOperand"/> plus the offset in operand <paramref name="offsetOperand"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Effective(ref ValRaw fp, ref int ip, int addressOperand, int offsetOperand) =>
        (ulong)(uint)S(ref fp, ref ip, addressOperand).Bits + (uint)Unsafe.Add(ref ip, offsetOperand);

    /// <summary>
    /// The effective address of an access at <c>i32.add a imm</c> (wrapping): a in operand
    /// <paramref name="x"/> (2 for loads, 1 for stores), imm in the next, the offset in operand 4.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong EffectiveAddImm(ref ValRaw fp, ref int ip, int x) =>
        (ulong)(uint)((int)S(ref fp, ref ip, x).Bits + Unsafe.Add(ref ip, x + 1)) + (uint)Unsafe.Add(ref ip, 4);

    /// <summary>The effective address of an access at <c>i32.add a b</c> (wrapping): a in operand 2, b in 3, offset in 4.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong EffectiveAddRegister(ref ValRaw fp, ref int ip) =>
        (ulong)(uint)((int)S(ref fp, ref ip, 2).Bits + (int)S(ref fp, ref ip, 3).Bits) + (uint)Unsafe.Add(ref ip, 4);

    /// <summary>
    /// Memory 0's base and length after an access at <paramref name="ip"/> failed the check
    /// against <paramref name="checkedLength"/>: the memory's current ones when it has grown since
    /// (a shared memory grown by another thread; the access is then tried again), else a trap.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe (nint Base, ulong Length) MemoryMiss(ref int ip, InstanceContext cx, ulong checkedLength)
    {
        LinearMemory? memory = cx.Memory0;
        if (memory is null || memory.Length <= checkedLength)
        {
            throw Positioned(ref ip, TrapHelpers.MemoryOutOfBounds());
        }

        return ((nint)memory.Base, memory.Length);
    }

    // The fast check failed: out of bounds, or a shared memory another thread grew.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe byte* FastSlow(ref int ip, ulong effective, uint size, InstanceContext cx)
    {
        LinearMemory memory = cx.Memory0!;
        ulong length = memory.Length;
        if (effective > length || length - effective < size)
        {
            throw Positioned(ref ip, TrapHelpers.MemoryOutOfBounds());
        }

        return memory.Base + effective;
    }
}
