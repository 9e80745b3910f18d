using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// One element of a typed tuple: where it lies in the tuple's memory and how it is stored (see
/// <see cref="TupleLayout{T}"/>). Copies the element between the tuple and an untyped value with
/// plain loads and stores, the conversions of <see cref="ValMarshal.ToRaw{T}"/> and <see cref="ValMarshal.Read{T}"/>.
/// </summary>
/// <param name="Offset">The element's byte offset in the tuple.</param>
/// <param name="Kind">How the element is stored.</param>
internal readonly record struct TupleElement(int Offset, TupleElementKind Kind)
{
    /// <summary>The size in bytes of an element of <paramref name="kind"/>.</summary>
    public static int SizeOf(TupleElementKind kind) => kind switch
    {
        TupleElementKind.Bits32 => sizeof(uint),
        TupleElementKind.Bits64 => sizeof(ulong),
        TupleElementKind.Vector => 16,
        _ => IntPtr.Size,
    };

    /// <summary>
    /// Writes the untyped form of this element of the tuple starting at <paramref name="tuple"/>
    /// into <paramref name="destination"/>, field by field: the unused ones zeroed, as
    /// <see cref="ValMarshal.ToRaw{T}"/> leaves them, and the reference written only when there is one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load(ref byte tuple, ref ValRaw destination)
    {
        ref byte at = ref Unsafe.Add(ref tuple, Offset);
        switch (Kind)
        {
            case TupleElementKind.Bits32:
                destination.Bits = Unsafe.ReadUnaligned<uint>(ref at);
                destination.Hi = 0;
                destination.Ref = null;
                break;
            case TupleElementKind.Bits64:
                destination.Bits = Unsafe.ReadUnaligned<ulong>(ref at);
                destination.Hi = 0;
                destination.Ref = null;
                break;
            case TupleElementKind.Vector:
                ValRaw.WriteV128(ref destination, Unsafe.ReadUnaligned<Vector128<byte>>(ref at));
                destination.Ref = null;
                break;
            case TupleElementKind.Reference:
                destination.Bits = 0;
                destination.Hi = 0;
                destination.Ref = Unsafe.As<byte, object?>(ref at);
                break;
            default:
                destination.Bits = 0;
                destination.Hi = 0;
                destination.Ref = Func.ToRawRef(Unsafe.As<byte, Func?>(ref at));
                break;
        }
    }

    /// <summary>Stores <paramref name="raw"/> as this element of the tuple starting at <paramref name="tuple"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref byte tuple, ref ValRaw raw)
    {
        ref byte at = ref Unsafe.Add(ref tuple, Offset);
        switch (Kind)
        {
            case TupleElementKind.Bits32:
                Unsafe.WriteUnaligned(ref at, (uint)raw.Bits);
                break;
            case TupleElementKind.Bits64:
                Unsafe.WriteUnaligned(ref at, raw.Bits);
                break;
            case TupleElementKind.Vector:
                Unsafe.WriteUnaligned(ref at, ValRaw.ReadV128(ref raw));
                break;
            case TupleElementKind.Reference:
                Unsafe.As<byte, object?>(ref at) = raw.Ref;
                break;
            default:
                Unsafe.As<byte, Func?>(ref at) = Func.FromRawRef(raw.Ref);
                break;
        }
    }
}
