using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WasmSharp.Vm;

/// <summary>
/// Array operations called by compiled code (spec exec/instructions.rst "Aggregate Reference
/// Instructions", <c>array.*</c>), generic over the element CLR type chosen by
/// <see cref="GcTypes.ElementClrType"/>. Every operation checks null and bounds before any effect.
/// Operands come first, then immediates, then the context.
/// </summary>
internal static class GcArrayOps
{
    /// <summary>
    /// The largest array payload in bytes: bigger requests trap with
    /// <see cref="TrapCode.AllocationTooLarge"/> instead of exhausting the host (Wasmtime's GC heap
    /// is bounded the same way).
    /// </summary>
    public const long MaxBytes = 1L << 30;

    /// <summary><c>array.new</c>.</summary>
    public static ArrayRef New<T>(T value, int length, int typeId)
    {
        T[] data = Allocate<T>(length);
        Array.Fill(data, value);
        return new ArrayRef(typeId, data);
    }

    /// <summary><c>array.new_default</c>.</summary>
    public static ArrayRef NewDefault<T>(int length, int typeId) => new(typeId, Allocate<T>(length));

    /// <summary><c>array.new_data</c>: elements read little-endian from data segment <paramref name="segment"/>.</summary>
    public static ArrayRef NewData<T>(int offset, int length, int typeId, int segment, InstanceContext cx)
        where T : unmanaged
    {
        ReadOnlySpan<byte> bytes = DataSlice<T>(offset, length, segment, cx);
        T[] data = Allocate<T>(length);
        bytes.CopyTo(MemoryMarshal.AsBytes(data.AsSpan()));
        return new ArrayRef(typeId, data);
    }

    /// <summary><c>array.new_elem</c>: references from element segment <paramref name="segment"/>.</summary>
    public static ArrayRef NewElem(int offset, int length, int typeId, int segment, InstanceContext cx)
    {
        object?[] items = cx.ElementSegments[segment];
        if ((ulong)(uint)offset + (uint)length > (ulong)items.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        object?[] data = Allocate<object?>(length);
        Array.Copy(items, offset, data, 0, length);
        return new ArrayRef(typeId, data);
    }

    /// <summary><c>array.get</c> (and the packed variants before extension).</summary>
    public static T Get<T>(object? array, int index)
    {
        T[] data = Data<T>(array);
        if ((uint)index >= (uint)data.Length)
        {
            throw TrapHelpers.ArrayOutOfBounds();
        }

        return data[index];
    }

    /// <summary><c>array.set</c>.</summary>
    public static void Set<T>(object? array, int index, T value)
    {
        T[] data = Data<T>(array);
        if ((uint)index >= (uint)data.Length)
        {
            throw TrapHelpers.ArrayOutOfBounds();
        }

        data[index] = value;
    }

    /// <summary><c>array.len</c>.</summary>
    public static int Len(object? array)
    {
        if (array is null)
        {
            throw TrapHelpers.NullArray();
        }

        return ((ArrayRef)array).Data.Length;
    }

    /// <summary><c>array.fill</c>.</summary>
    public static void Fill<T>(object? array, int offset, T value, int count)
    {
        T[] data = Data<T>(array);
        CheckRange(offset, count, data.Length);
        data.AsSpan(offset, count).Fill(value);
    }

    /// <summary><c>array.copy</c> (overlap-safe; both arrays have the same element CLR type).</summary>
    public static void Copy(object? destination, int destinationOffset, object? source, int sourceOffset, int count)
    {
        if (destination is null || source is null)
        {
            throw TrapHelpers.NullArray();
        }

        Array dst = ((ArrayRef)destination).Data;
        Array src = ((ArrayRef)source).Data;
        CheckRange(destinationOffset, count, dst.Length);
        CheckRange(sourceOffset, count, src.Length);
        Array.Copy(src, sourceOffset, dst, destinationOffset, count);
    }

    /// <summary><c>array.init_data</c>.</summary>
    public static void InitData<T>(object? array, int destination, int source, int count, int segment, InstanceContext cx)
        where T : unmanaged
    {
        T[] data = Data<T>(array);
        CheckRange(destination, count, data.Length);
        ReadOnlySpan<byte> bytes = DataSlice<T>(source, count, segment, cx);
        bytes.CopyTo(MemoryMarshal.AsBytes(data.AsSpan(destination, count)));
    }

    /// <summary><c>array.init_elem</c>.</summary>
    public static void InitElem(object? array, int destination, int source, int count, int segment, InstanceContext cx)
    {
        object?[] data = Data<object?>(array);
        CheckRange(destination, count, data.Length);
        object?[] items = cx.ElementSegments[segment];
        if ((ulong)(uint)source + (uint)count > (ulong)items.Length)
        {
            throw TrapHelpers.TableOutOfBounds();
        }

        Array.Copy(items, source, data, destination, count);
    }

    /// <summary>Allocates storage for <paramref name="length"/> elements, trapping when it would exceed <see cref="MaxBytes"/>.</summary>
    public static T[] Allocate<T>(int length)
    {
        if ((ulong)(uint)length * (ulong)ElementSize<T>() > MaxBytes)
        {
            throw TrapHelpers.AllocationTooLarge();
        }

        return length == 0 ? [] : new T[length];
    }

    private static int ElementSize<T>() => RuntimeHelpers.IsReferenceOrContainsReferences<T>() ? IntPtr.Size : Unsafe.SizeOf<T>();

    private static T[] Data<T>(object? array)
    {
        if (array is null)
        {
            throw TrapHelpers.NullArray();
        }

        return (T[])((ArrayRef)array).Data;
    }

    private static void CheckRange(int offset, int count, int length)
    {
        if ((ulong)(uint)offset + (uint)count > (ulong)length)
        {
            throw TrapHelpers.ArrayOutOfBounds();
        }
    }

    private static ReadOnlySpan<byte> DataSlice<T>(int offset, int length, int segment, InstanceContext cx)
        where T : unmanaged
    {
        ReadOnlySpan<byte> bytes = cx.DataSegments[segment].Span;
        ulong size = (ulong)(uint)length * (ulong)Unsafe.SizeOf<T>();
        if ((ulong)(uint)offset + size > (ulong)bytes.Length)
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        return bytes.Slice(offset, (int)size);
    }
}
