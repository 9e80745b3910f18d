using WasmSharp.Types;
using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>GC instructions: structs, arrays, casts, i31 and extern conversion.</summary>
public sealed class GcTests
{
    private static StructType Struct(params FieldType[] fields) => new(fields);

    private static FieldType Field(ValType type, bool mutable = false) => new(StorageType.Of(type), mutable);

    private static FieldType Packed(PackedType packed, bool mutable = false) => new(new StorageType(packed, ValType.I32), mutable);

    [Fact]
    public void StructNewAndGet()
    {
        TestModule m = new();
        int s = m.Type(Struct(Field(ValType.I32), Field(ValType.I64)));
        m.Function(m.FuncType([], [TestModule.I64]), [], I32Const, 1, I64Const, 2, Gc, 0, (byte)s, Gc, 2, (byte)s, 1, End);
        m.Validate();
    }

    [Fact]
    public void StructNewWrongFieldType()
    {
        TestModule m = new();
        int s = m.Type(Struct(Field(ValType.I32), Field(ValType.I64)));
        m.Function(I64Const, 1, I64Const, 2, Gc, 0, (byte)s, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void StructNewOnArrayType()
    {
        TestModule m = new();
        int a = m.Type(new ArrayType(Field(ValType.I32)));
        m.Function(Gc, 1, (byte)a, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void StructNewDefaultNeedsDefaultableFields()
    {
        TestModule m = new();
        int f = m.FuncType([], []);
        int s = m.Type(Struct(Field(TestModule.Ref(f))));
        m.Function(Gc, 1, (byte)s, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void StructSetImmutable()
    {
        TestModule m = new();
        int s = m.Type(Struct(Field(ValType.I64)));
        m.Function(m.FuncType([TestModule.Ref(s)], []), [], LocalGet, 0, I64Const, 1, Gc, 5, (byte)s, 0, End);
        m.AssertInvalid("immutable field");
    }

    [Fact]
    public void StructGetPackedNeedsSignedness()
    {
        TestModule m = new();
        int s = m.Type(Struct(Packed(PackedType.I8)));
        m.Function(m.FuncType([TestModule.Ref(s)], [TestModule.I32]), [], LocalGet, 0, Gc, 2, (byte)s, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void StructGetSPacked()
    {
        TestModule m = new();
        int s = m.Type(Struct(Packed(PackedType.I8)));
        m.Function(m.FuncType([TestModule.Ref(s)], [TestModule.I32]), [], LocalGet, 0, Gc, 3, (byte)s, 0, End);
        m.Validate();
    }

    [Fact]
    public void UnknownField()
    {
        TestModule m = new();
        int s = m.Type(Struct(Field(ValType.I32)));
        m.Function(m.FuncType([TestModule.Ref(s)], [TestModule.I32]), [], LocalGet, 0, Gc, 2, (byte)s, 1, End);
        m.AssertInvalid("unknown field");
    }

    [Fact]
    public void ArraySetImmutable()
    {
        TestModule m = new();
        int a = m.Type(new ArrayType(Field(ValType.I64)));
        m.Function(m.FuncType([TestModule.Ref(a)], []), [], LocalGet, 0, I32Const, 0, I64Const, 1, Gc, 14, (byte)a, End);
        m.AssertInvalid("immutable array");
    }

    [Fact]
    public void ArrayNewFixed()
    {
        TestModule m = new();
        int a = m.Type(new ArrayType(Field(ValType.F32)));
        m.Function(F32Const, 0, 0, 0, 0, F32Const, 0, 0, 0, 0, Gc, 8, (byte)a, 2, Drop, End);
        m.Validate();
    }

    [Fact]
    public void ArrayNewDataNeedsNumericElements()
    {
        TestModule m = new() { DataCount = 1 };
        m.PassiveData();
        int a = m.Type(new ArrayType(Field(ValType.FuncRef)));
        m.Function(I32Const, 0, I32Const, 0, Gc, 9, (byte)a, 0, Drop, End);
        m.AssertInvalid("array type is not numeric or vector");
    }

    [Fact]
    public void ArrayCopyPackedMismatch()
    {
        TestModule m = new();
        int a = m.Type(new ArrayType(Packed(PackedType.I8, mutable: true)));
        int b = m.Type(new ArrayType(Packed(PackedType.I16)));
        m.Function(m.FuncType([TestModule.Ref(a), TestModule.Ref(b)], []), [],
            LocalGet, 0, I32Const, 0, LocalGet, 1, I32Const, 0, I32Const, 0, Gc, 17, (byte)a, (byte)b, End);
        m.AssertInvalid("array types do not match");
    }

    [Fact]
    public void ArrayLenOnAnyArray()
    {
        TestModule m = new();
        int a = m.Type(new ArrayType(Field(ValType.I32)));
        m.Function(m.FuncType([TestModule.Ref(a, nullable: true)], [TestModule.I32]), [], LocalGet, 0, Gc, 15, End);
        m.Validate();
    }

    [Fact]
    public void I31RoundTrip()
    {
        TestModule m = new();
        m.Function(m.FuncType([], [TestModule.I32]), [], I32Const, 5, Gc, 28, Gc, 29, End);
        m.Validate();
    }

    [Fact]
    public void RefCastToStructFromAnyRef()
    {
        TestModule m = new();
        int s = m.Type(Struct());
        m.Function(m.FuncType([ValType.Ref(AbstractHeapType.Any, true)], [TestModule.Ref(s)]), [], LocalGet, 0, Gc, 22, (byte)s, End);
        m.Validate();
    }

    [Fact]
    public void RefCastAcrossHierarchiesIsInvalid()
    {
        TestModule m = new();
        int s = m.Type(Struct());
        m.Function(m.FuncType([ValType.FuncRef], []), [], LocalGet, 0, Gc, 22, (byte)s, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void RefTestGivesI32()
    {
        TestModule m = new();
        m.Function(m.FuncType([ValType.ExternRef], [TestModule.I32]), [], LocalGet, 0, Gc, 21, TExternRef, End);
        m.Validate();
    }

    [Fact]
    public void BrOnCastToSubtype()
    {
        TestModule m = new();
        int s = m.Type(Struct(), isFinal: false);
        m.Function(m.FuncType([ValType.Ref(AbstractHeapType.Any, true)], [TestModule.Ref(s)]), [],
            Block, TAnyRef, LocalGet, 0, Gc, 24, 0b01, 1, TAnyRef, (byte)s, End, Unreachable, End);
        m.Validate();
    }

    [Fact]
    public void BrOnCastTargetMustMatchSource()
    {
        TestModule m = new();
        m.Function(m.FuncType([ValType.Ref(AbstractHeapType.Any, true)], []), [],
            Block, TFuncRef, LocalGet, 0, Gc, 24, 0b11, 0, TAnyRef, TFuncRef, Drop, RefNull, TFuncRef, End, Drop, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void BrOnCastFailFallthroughIsCastType()
    {
        TestModule m = new();
        int s = m.Type(Struct());
        m.Function(m.FuncType([ValType.Ref(AbstractHeapType.Any, true)], [TestModule.Ref(s)]), [],
            Block, TAnyRef, LocalGet, 0, Gc, 25, 0b01, 0, TAnyRef, (byte)s, Return, End, Unreachable, End);
        m.Validate();
    }

    [Fact]
    public void ExternConvertAnyKeepsNullability()
    {
        TestModule m = new();
        m.Function(m.FuncType([ValType.Ref(AbstractHeapType.Any, false)], [ValType.Ref(AbstractHeapType.Extern, false)]), [],
            LocalGet, 0, Gc, 27, End);
        m.Validate();
    }

    [Fact]
    public void SubtypeParameterAcceptedBySupertype()
    {
        TestModule m = new();
        int sup = m.Type(Struct(Field(ValType.I32)), isFinal: false);
        int sub = m.Type(Struct(Field(ValType.I32), Field(ValType.I64)), true, sup);
        m.Function(m.FuncType([TestModule.Ref(sub)], [TestModule.I32]), [], LocalGet, 0, Gc, 2, (byte)sup, 0, End);
        m.Validate();
    }

    [Fact]
    public void SupertypeNotAcceptedForSubtype()
    {
        TestModule m = new();
        int sup = m.Type(Struct(Field(ValType.I32)), isFinal: false);
        int sub = m.Type(Struct(Field(ValType.I32), Field(ValType.I64)), true, sup);
        m.Function(m.FuncType([TestModule.Ref(sup)], [TestModule.I32]), [], LocalGet, 0, Gc, 2, (byte)sub, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void EquivalentTypesFromDifferentGroupsMatch()
    {
        TestModule m = new();
        int a = m.Type(Struct(Field(ValType.I32)));
        int b = m.Type(Struct(Field(ValType.I32)));
        m.Function(m.FuncType([TestModule.Ref(a)], [TestModule.I32]), [], LocalGet, 0, Gc, 2, (byte)b, 0, End);
        m.Validate();
    }

    [Fact]
    public void ConversionOfBottomIsNonNull()
    {
        TestModule m = new();
        m.Function(m.FuncType([], [ValType.Ref(AbstractHeapType.Any, false)]), [], Unreachable, Gc, 26, End);
        m.Validate();
    }
}
