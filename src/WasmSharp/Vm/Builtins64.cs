namespace WasmSharp.Vm;

/// <summary>
/// The out-of-line operations of <see cref="Builtins"/> for 64-bit memories and tables (memory64
/// proposal, now spec 3.0 "address types"): addresses, indices and lengths are i64, interpreted
/// unsigned, and every range <c>[start, start + count)</c> is checked without wrapping, so a range
/// reaching past 2^64 traps. Mixed 32/64-bit copies arrive with their i32 operands zero-extended.
/// </summary>
internal static unsafe class Builtins64
{
    /// <summary><c>memory.size</c> of a 64-bit memory.</summary>
    public static long MemorySize(int memory, InstanceContext cx) => (long)cx.Memories[memory].Pages;

    /// <summary><c>memory.grow</c> of a 64-bit memory: old size in pages, or -1.</summary>
    public static long MemoryGrow(long delta, int memory, InstanceContext cx) => cx.Memories[memory].Grow((ulong)delta);

    /// <summary><c>memory.fill</c> of a 64-bit memory.</summary>
    public static void MemoryFill(long destination, int value, long count, int memory, InstanceContext cx)
    {
        LinearMemory mem = cx.Memories[memory];
        if (!mem.InBounds((ulong)destination, (ulong)count))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        BulkFill.Fill(mem.Base + (ulong)destination, (nuint)count, (byte)value);
    }

    /// <summary><c>memory.copy</c> where either memory is 64-bit (overlap-safe).</summary>
    public static void MemoryCopy(long destination, long source, long count, int destinationMemory, int sourceMemory, InstanceContext cx)
    {
        LinearMemory dst = cx.Memories[destinationMemory];
        LinearMemory src = cx.Memories[sourceMemory];
        if (!dst.InBounds((ulong)destination, (ulong)count) || !src.InBounds((ulong)source, (ulong)count))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        Buffer.MemoryCopy(src.Base + (ulong)source, dst.Base + (ulong)destination, (ulong)count, (ulong)count);
    }

    /// <summary><c>memory.init</c> into a 64-bit memory (segment offset and length stay i32).</summary>
    public static void MemoryInit(long destination, int source, int count, int segment, int memory, InstanceContext cx)
    {
        LinearMemory mem = cx.Memories[memory];
        ReadOnlySpan<byte> data = cx.DataSegments[segment].Span;
        if (!mem.InBounds((ulong)destination, (uint)count) || (ulong)(uint)source + (uint)count > (ulong)data.Length)
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        data.Slice((int)(uint)source, (int)(uint)count).CopyTo(new Span<byte>(mem.Base + (ulong)destination, (int)(uint)count));
    }

    /// <summary>
    /// The slow path of an access to a shared memory whose cached limit failed: traps unless
    /// [<paramref name="address"/>, +<paramref name="extent"/>) fits the memory's current length,
    /// which another thread may have grown since the function cached it.
    /// </summary>
    public static void RecheckSharedAccess(long address, long extent, int memory, InstanceContext cx)
    {
        LinearMemory mem = cx.Memories[memory];
        if (!mem.InBounds((ulong)address, (ulong)extent))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }
    }

    /// <summary>
    /// Narrows an i64 table index for <see cref="Builtins.ResolveIndirect"/>: an index beyond
    /// <see cref="int.MaxValue"/> (no table is that long) becomes -1, which fails its unsigned bounds check.
    /// </summary>
    public static int TableIndex(long index) => (ulong)index > int.MaxValue ? -1 : (int)index;

    /// <summary><c>table.get</c> of a 64-bit table.</summary>
    public static object? TableGet(long index, int table, InstanceContext cx)
    {
        TableStorage storage = cx.Tables[table];
        object?[] elements = storage.RawElements;
        if ((ulong)index >= (ulong)elements.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        return elements[index] ?? storage.FillPending((int)index);
    }

    /// <summary><c>table.set</c> of a 64-bit table.</summary>
    public static void TableSet(long index, object? value, int table, InstanceContext cx)
    {
        object?[] elements = cx.Tables[table].Elements;
        if ((ulong)index >= (ulong)elements.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        elements[index] = value;
    }

    /// <summary><c>table.size</c> of a 64-bit table.</summary>
    public static long TableSize(int table, InstanceContext cx) => cx.Tables[table].Length;

    /// <summary><c>table.grow</c> of a 64-bit table: old size, or -1.</summary>
    public static long TableGrow(object? init, long delta, int table, InstanceContext cx) =>
        (ulong)delta > uint.MaxValue ? -1 : cx.Tables[table].Grow((uint)delta, init);

    /// <summary><c>table.fill</c> of a 64-bit table.</summary>
    public static void TableFill(long index, object? value, long count, int table, InstanceContext cx)
    {
        object?[] elements = cx.Tables[table].Elements;
        if (!InRange(index, count, elements.Length))
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Fill(elements, value, (int)index, (int)count);
    }

    /// <summary><c>table.copy</c> where either table is 64-bit (overlap-safe).</summary>
    public static void TableCopy(long destination, long source, long count, int destinationTable, int sourceTable, InstanceContext cx)
    {
        object?[] dst = cx.Tables[destinationTable].Elements;
        object?[] src = cx.Tables[sourceTable].Elements;
        if (!InRange(destination, count, dst.Length) || !InRange(source, count, src.Length))
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Copy(src, (int)source, dst, (int)destination, (int)count);
    }

    /// <summary><c>table.init</c> into a 64-bit table (segment offset and length stay i32).</summary>
    public static void TableInit(long destination, int source, int count, int segment, int table, InstanceContext cx)
    {
        object?[] dst = cx.Tables[table].Elements;
        object?[] src = cx.ElementSegments[segment];
        if (!InRange(destination, (uint)count, dst.Length) || (ulong)(uint)source + (uint)count > (ulong)src.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Copy(src, source, dst, (int)destination, count);
    }

    // [start, start + count) within length, computed without wrapping.
    private static bool InRange(long start, long count, int length) =>
        (ulong)start <= (ulong)length && (ulong)count <= (ulong)length - (ulong)start;
}
