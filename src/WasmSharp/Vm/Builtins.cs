using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace WasmSharp.Vm;

/// <summary>
/// Out-of-line operations called by compiled code (Wasmtime's "libcalls"): memory growth and bulk
/// memory, table access and bulk table operations, and <c>call_indirect</c> resolution. Operands
/// come first, then immediates, then the context, matching the order compiled code pushes them.
/// Bounds are checked before any effect, as spec 4.4.7/4.4.6 require.
/// </summary>
internal static unsafe class Builtins
{
    /// <summary><c>memory.size</c>.</summary>
    public static int MemorySize(int memory, InstanceContext cx) => (int)cx.Memories[memory].Pages;

    /// <summary><c>memory.grow</c>: old size in pages, or -1.</summary>
    public static int MemoryGrow(int delta, int memory, InstanceContext cx) => (int)cx.Memories[memory].Grow((uint)delta);

    /// <summary><c>memory.fill</c>.</summary>
    public static void MemoryFill(int destination, int value, int count, int memory, InstanceContext cx)
    {
        LinearMemory mem = cx.Memories[memory];
        if (!mem.InBounds((uint)destination, (uint)count))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        BulkFill.Fill(mem.Base + (uint)destination, (uint)count, (byte)value);
    }

    /// <summary><c>memory.copy</c> (overlap-safe).</summary>
    public static void MemoryCopy(int destination, int source, int count, int destinationMemory, int sourceMemory, InstanceContext cx)
    {
        LinearMemory dst = cx.Memories[destinationMemory];
        LinearMemory src = cx.Memories[sourceMemory];
        if (!dst.InBounds((uint)destination, (uint)count) || !src.InBounds((uint)source, (uint)count))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        Buffer.MemoryCopy(src.Base + (uint)source, dst.Base + (uint)destination, (uint)count, (uint)count);
    }

    /// <summary><c>memory.init</c>.</summary>
    public static void MemoryInit(int destination, int source, int count, int segment, int memory, InstanceContext cx)
    {
        LinearMemory mem = cx.Memories[memory];
        ReadOnlySpan<byte> data = cx.DataSegments[segment].Span;
        if (!mem.InBounds((uint)destination, (uint)count) || (ulong)(uint)source + (uint)count > (ulong)data.Length)
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        data.Slice((int)(uint)source, (int)(uint)count).CopyTo(new Span<byte>(mem.Base + (uint)destination, (int)(uint)count));
    }

    /// <summary><c>data.drop</c>.</summary>
    public static void DataDrop(int segment, InstanceContext cx) => cx.DataSegments[segment] = ReadOnlyMemory<byte>.Empty;

    /// <summary><c>table.get</c>.</summary>
    public static object? TableGet(int index, int table, InstanceContext cx)
    {
        TableStorage storage = cx.Tables[table];
        object?[] elements = storage.RawElements;
        if ((uint)index >= (uint)elements.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        return elements[index] ?? storage.FillPending(index);
    }

    /// <summary><c>table.set</c>.</summary>
    public static void TableSet(int index, object? value, int table, InstanceContext cx)
    {
        object?[] elements = cx.Tables[table].Elements;
        if ((uint)index >= (uint)elements.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        elements[index] = value;
    }

    /// <summary><c>table.size</c>.</summary>
    public static int TableSize(int table, InstanceContext cx) => cx.Tables[table].Length;

    /// <summary><c>table.grow</c>: old size, or -1.</summary>
    public static int TableGrow(object? init, int delta, int table, InstanceContext cx) => cx.Tables[table].Grow((uint)delta, init);

    /// <summary><c>table.fill</c>.</summary>
    public static void TableFill(int index, object? value, int count, int table, InstanceContext cx)
    {
        object?[] elements = cx.Tables[table].Elements;
        if ((ulong)(uint)index + (uint)count > (ulong)elements.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Fill(elements, value, index, count);
    }

    /// <summary><c>table.copy</c> (overlap-safe).</summary>
    public static void TableCopy(int destination, int source, int count, int destinationTable, int sourceTable, InstanceContext cx)
    {
        object?[] dst = cx.Tables[destinationTable].Elements;
        object?[] src = cx.Tables[sourceTable].Elements;
        if ((ulong)(uint)destination + (uint)count > (ulong)dst.Length || (ulong)(uint)source + (uint)count > (ulong)src.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Copy(src, source, dst, destination, count);
    }

    /// <summary><c>table.init</c>.</summary>
    public static void TableInit(int destination, int source, int count, int segment, int table, InstanceContext cx)
    {
        object?[] dst = cx.Tables[table].Elements;
        object?[] src = cx.ElementSegments[segment];
        if ((ulong)(uint)destination + (uint)count > (ulong)dst.Length || (ulong)(uint)source + (uint)count > (ulong)src.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Copy(src, source, dst, destination, count);
    }

    /// <summary><c>ref.func</c>: the instance's one reference to <paramref name="function"/>.</summary>
    public static FuncRef RefFunc(int function, InstanceContext cx) => cx.Function(function);

    /// <summary><c>elem.drop</c>.</summary>
    public static void ElemDrop(int segment, InstanceContext cx) => cx.ElementSegments[segment] = [];

    /// <summary>
    /// <c>call_indirect</c>: the function at <paramref name="index"/> of <paramref name="table"/>,
    /// checked for bounds ("undefined element"), null ("uninitialized element") and canonical type
    /// or subtype ("indirect call type mismatch"). The one range check is the table's length:
    /// <paramref name="table"/> was validated against the module's tables, which the context holds
    /// all of, and the element is read once, past the check, without the array's own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FuncRef ResolveIndirect(int index, int table, int typeId, InstanceContext cx)
    {
        object?[] elements = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(cx.Tables), table).RawElements;
        if ((uint)index >= (uint)elements.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        object? entry = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(elements), (nint)(uint)index);

        // An exact type test: FuncRef is sealed, so this is one compare of the method table.
        if (entry is FuncRef func && func.TypeId == typeId)
        {
            return func;
        }

        return ResolveIndirectSlow(entry, index, table, typeId, cx);
    }

    // Null entries (a slot still to be filled from the table's image, or a real null) and subtype
    // matches (Wasm 3.0) are off the hot path of call_indirect.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FuncRef ResolveIndirectSlow(object? entry, int index, int table, int typeId, InstanceContext cx)
    {
        entry ??= cx.Tables[table].FillPending(index);
        if (entry is FuncRef filled && filled.TypeId == typeId)
        {
            return filled;
        }

        if (entry is not FuncRef func)
        {
            throw TrapHelpers.IndirectCallToNull(index);
        }

        if (!FuncTypeRegistry.IsSubtype(func.TypeId, typeId))
        {
            throw TrapHelpers.Create(TrapCode.BadSignature);
        }

        return func;
    }
}
