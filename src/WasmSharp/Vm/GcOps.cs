using System.Runtime.Intrinsics;

namespace WasmSharp.Vm;

/// <summary>
/// Struct, i31, <c>ref.eq</c> and cast operations called by compiled code (spec exec/instructions.rst
/// "Aggregate Reference Instructions", "Scalar Reference Instructions", <c>ref.test</c>/<c>ref.cast</c>;
/// Wasmtime's GC libcalls). Operands come first,
/// then immediates, in the order compiled code pushes them. Objects are cast with checked casts:
/// validation makes them succeed, and a host passing a wrong object gets a CLR exception, never a
/// misread field.
/// </summary>
internal static class GcOps
{
    /// <summary><c>struct.new_default</c>: all fields zero or null.</summary>
    public static StructRef StructNew(int typeId, int numSlots, int refSlots) => new(typeId, numSlots, refSlots);

    /// <summary>Reads numeric slot <paramref name="slot"/>.</summary>
    public static long StructGetNum(object? target, int slot) => AsStruct(target).Nums[slot];

    /// <summary>Reads the v128 at numeric slots <paramref name="slot"/> and the next.</summary>
    public static Vector128<byte> StructGetV128(object? target, int slot)
    {
        long[] nums = AsStruct(target).Nums;
        return Vector128.Create(nums[slot], nums[slot + 1]).AsByte();
    }

    /// <summary>Reads reference slot <paramref name="slot"/>.</summary>
    public static object? StructGetRef(object? target, int slot) => AsStruct(target).Refs[slot];

    /// <summary>Writes numeric slot <paramref name="slot"/>.</summary>
    public static void StructSetNum(object? target, long value, int slot) => AsStruct(target).Nums[slot] = value;

    /// <summary>Writes the v128 at numeric slots <paramref name="slot"/> and the next.</summary>
    public static void StructSetV128(object? target, Vector128<byte> value, int slot)
    {
        long[] nums = AsStruct(target).Nums;
        nums[slot] = value.AsInt64().GetElement(0);
        nums[slot + 1] = value.AsInt64().GetElement(1);
    }

    /// <summary>Writes reference slot <paramref name="slot"/>.</summary>
    public static void StructSetRef(object? target, object? value, int slot) => AsStruct(target).Refs[slot] = value;

    /// <summary><c>ref.i31</c>.</summary>
    public static I31Ref I31New(int value) => new(value);

    /// <summary><c>i31.get_s</c>.</summary>
    public static int I31GetS(object? value)
    {
        if (value is null)
        {
            throw TrapHelpers.NullI31();
        }

        return ((I31Ref)value).GetI32();
    }

    /// <summary><c>i31.get_u</c>.</summary>
    public static int I31GetU(object? value)
    {
        if (value is null)
        {
            throw TrapHelpers.NullI31();
        }

        return ((I31Ref)value).Bits;
    }

    /// <summary>
    /// <c>ref.eq</c>: the same object, or two i31 references with the same value (an i31 is a
    /// value, not an allocation, in the spec).
    /// </summary>
    public static bool RefEq(object? a, object? b) =>
        ReferenceEquals(a, b) || (a is I31Ref x && b is I31Ref y && x.Bits == y.Bits);

    /// <summary><c>ref.test</c>: whether <paramref name="value"/> is in the target type.</summary>
    public static bool Test(object? value, int test, int typeId, bool nullable)
    {
        if (value is null)
        {
            return nullable;
        }

        return (GcHeapTest)test switch
        {
            GcHeapTest.Top => true,
            GcHeapTest.Bottom => false,
            GcHeapTest.Eq => value is EqRef,
            GcHeapTest.I31 => value is I31Ref,
            GcHeapTest.Struct => value is StructRef,
            GcHeapTest.Array => value is ArrayRef,
            GcHeapTest.ConcreteFunc => value is FuncRef f && GcTypes.IsSubtype(f.TypeId, typeId),
            GcHeapTest.ConcreteStruct => value is StructRef s && GcTypes.IsSubtype(s.TypeId, typeId),
            GcHeapTest.ConcreteArray => value is ArrayRef a && GcTypes.IsSubtype(a.TypeId, typeId),
            _ => false,
        };
    }

    /// <summary><c>ref.cast</c>: <paramref name="value"/> itself, or a cast-failure trap.</summary>
    public static object? Cast(object? value, int test, int typeId, bool nullable)
    {
        if (!Test(value, test, typeId, nullable))
        {
            throw TrapHelpers.CastFailure();
        }

        return value;
    }

    private static StructRef AsStruct(object? target)
    {
        if (target is null)
        {
            throw TrapHelpers.NullStruct();
        }

        return (StructRef)target;
    }
}
