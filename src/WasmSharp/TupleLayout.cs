using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Where the elements of the typed tuple <typeparamref name="T"/> (a <see cref="ValueTuple"/> of
/// one to seven <see cref="ClrValTypes"/> values) lie in its memory, found once per type, so that
/// <see cref="Write"/> and <see cref="Read"/> copy them without boxing and without generated code.
/// </summary>
/// <remarks>
/// Why not one generic method per arity (<c>Write&lt;T1, T2&gt;((T1, T2) value, ...)</c>)? Generic
/// code only knows <typeparamref name="T"/> as a whole: reaching the instantiation for its element
/// types takes <c>MakeGenericMethod</c>, which a NativeAOT host cannot do for value types (it has no
/// JIT to compile the instantiation). ValueTuple uses automatic layout, so the offsets are not
/// declared anywhere either; they are observed instead, through the tuple's own
/// <see cref="ITuple"/> indexer (boxing, once per type): a sentinel reference written at each
/// pointer-aligned offset, then all-ones written at each four-byte word outside the references,
/// shows which element each offset belongs to. Every element is four bytes or more and at least
/// four-byte aligned, references are pointer-aligned, and the result is checked for overlaps.
/// </remarks>
/// <typeparam name="T">The tuple type.</typeparam>
internal static class TupleLayout<T>
{
    /// <summary>The elements in order: <c>Item1</c> first.</summary>
    public static readonly TupleElement[] Elements = Probe();

    /// <summary>Writes the elements of <paramref name="tuple"/> into <paramref name="values"/> from index 0.</summary>
    public static void Write(ref T tuple, Span<ValRaw> values)
    {
        TupleElement[] elements = Elements;
        ref byte start = ref Unsafe.As<T, byte>(ref tuple);
        ref ValRaw target = ref MemoryMarshal.GetReference(values[..elements.Length]);
        for (int i = 0; i < elements.Length; i++)
        {
            elements[i].Load(ref start, ref Unsafe.Add(ref target, i));
        }
    }

    /// <summary>The tuple whose elements are <paramref name="values"/> from index 0.</summary>
    public static T Read(Span<ValRaw> values)
    {
        TupleElement[] elements = Elements;
        T tuple = default!;
        ref byte start = ref Unsafe.As<T, byte>(ref tuple);
        ref ValRaw source = ref MemoryMarshal.GetReference(values[..elements.Length]);
        for (int i = 0; i < elements.Length; i++)
        {
            elements[i].Store(ref start, ref Unsafe.Add(ref source, i));
        }

        return tuple;
    }

    private static TupleElement[] Probe()
    {
        if (!ClrValTypes.IsTuple(typeof(T)))
        {
            throw new ArgumentException($"type {typeof(T)} is not a tuple of WebAssembly values");
        }

        Type[] types = ClrValTypes.Elements(typeof(T));
        var kinds = new TupleElementKind[types.Length];
        var offsets = new int[types.Length];
        for (int i = 0; i < types.Length; i++)
        {
            kinds[i] = KindOf(types[i]);
            offsets[i] = -1;
        }

        int size = Unsafe.SizeOf<T>();

        // References first: writing one into a pointer-aligned slot that holds a number is harmless
        // (the sentinel stays alive through the local), and the words found here are then left alone.
        // A Func is a valid value for both reference element types.
        object sentinel = new Func(null!);
        for (int offset = 0; offset + IntPtr.Size <= size; offset += IntPtr.Size)
        {
            T probe = default!;
            Unsafe.As<byte, object>(ref Unsafe.Add(ref Unsafe.As<T, byte>(ref probe), offset)) = sentinel;
            var seen = (ITuple)probe!;
            for (int i = 0; i < types.Length; i++)
            {
                if (IsReference(kinds[i]) && ReferenceEquals(seen[i], sentinel))
                {
                    offsets[i] = offset;
                }
            }
        }

        for (int i = 0; i < types.Length; i++)
        {
            if (IsReference(kinds[i]) && offsets[i] < 0)
            {
                // Writing numbers next could land on this reference: stop before doing so.
                throw Unexpected(i);
            }
        }

        var zero = (ITuple)default(T)!;
        for (int offset = 0; offset + sizeof(uint) <= size; offset += sizeof(uint))
        {
            if (OverlapsReference(offset, kinds, offsets))
            {
                continue;
            }

            T probe = default!;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref Unsafe.As<T, byte>(ref probe), offset), uint.MaxValue);
            var seen = (ITuple)probe!;
            for (int i = 0; i < types.Length; i++)
            {
                // Ascending offsets: the first word that changes an element is where it starts.
                if (!IsReference(kinds[i]) && offsets[i] < 0 && !Equals(seen[i], zero[i]))
                {
                    offsets[i] = offset;
                }
            }
        }

        var elements = new TupleElement[types.Length];
        for (int i = 0; i < elements.Length; i++)
        {
            int end = offsets[i] + TupleElement.SizeOf(kinds[i]);
            if (offsets[i] < 0 || end > size)
            {
                throw Unexpected(i);
            }

            for (int j = 0; j < i; j++)
            {
                if (offsets[i] < elements[j].Offset + TupleElement.SizeOf(elements[j].Kind) && elements[j].Offset < end)
                {
                    throw Unexpected(i);
                }
            }

            elements[i] = new TupleElement(offsets[i], kinds[i]);
        }

        return elements;
    }

    private static bool IsReference(TupleElementKind kind) => kind is TupleElementKind.Reference or TupleElementKind.Function;

    private static bool OverlapsReference(int offset, TupleElementKind[] kinds, int[] offsets)
    {
        for (int i = 0; i < kinds.Length; i++)
        {
            if (IsReference(kinds[i]) && offset < offsets[i] + IntPtr.Size && offsets[i] < offset + sizeof(uint))
            {
                return true;
            }
        }

        return false;
    }

    private static TupleElementKind KindOf(Type type) =>
        type == typeof(int) || type == typeof(uint) || type == typeof(float) ? TupleElementKind.Bits32
        : type == typeof(long) || type == typeof(ulong) || type == typeof(double) ? TupleElementKind.Bits64
        : type == typeof(System.Runtime.Intrinsics.Vector128<byte>) ? TupleElementKind.Vector
        : type == typeof(Func) ? TupleElementKind.Function
        : TupleElementKind.Reference;

    private static InvalidOperationException Unexpected(int element) =>
        new($"the memory layout of {typeof(T)} could not be determined (element {element + 1})");
}
