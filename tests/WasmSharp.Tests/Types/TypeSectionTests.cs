using WasmSharp.Tests.Validation;
using WasmSharp.Types;
using Xunit;

namespace WasmSharp.Tests.Types;

/// <summary>Type section validity: subtype declarations and references (spec valid/types.rst).</summary>
public sealed class TypeSectionTests
{
    private static FieldType Field(ValType type, bool mutable = false) => new(StorageType.Of(type), mutable);

    private static ValType Ref(int index, bool nullable = true) => ValType.Ref(HeapType.FromIndex(index), nullable);

    [Fact]
    public void FinalSupertype()
    {
        TestModule m = new();
        m.Type(new FuncType([], []));
        m.Type(new FuncType([], []), false, 0);
        m.AssertInvalid("sub type");
    }

    [Fact]
    public void ValidStructWidthSubtyping()
    {
        TestModule m = new();
        m.Type(new StructType([Field(ValType.I32)]), false);
        m.Type(new StructType([Field(ValType.I32), Field(ValType.F64)]), true, 0);
        m.Validate();
    }

    [Fact]
    public void StructFieldMismatch()
    {
        TestModule m = new();
        m.Type(new StructType([Field(ValType.I32)]), false);
        m.Type(new StructType([Field(ValType.I64)]), true, 0);
        m.AssertInvalid("sub type 1 does not match super type 0");
    }

    [Fact]
    public void MutableFieldsAreInvariant()
    {
        TestModule m = new();
        m.Type(new StructType([]), false);                             // 0
        m.Type(new StructType([Field(ValType.I32)]), false, 0);        // 1 <: 0
        m.Type(new StructType([Field(Ref(0), mutable: true)]), false); // 2
        m.Type(new StructType([Field(Ref(1), mutable: true)]), true, 2);
        m.AssertInvalid("sub type 3 does not match super type 2");
    }

    [Fact]
    public void ImmutableFieldsAreCovariant()
    {
        TestModule m = new();
        m.Type(new StructType([]), false);
        m.Type(new StructType([Field(ValType.I32)]), false, 0);
        m.Type(new StructType([Field(Ref(0))]), false);
        m.Type(new StructType([Field(Ref(1))]), true, 2);
        m.Validate();
    }

    [Fact]
    public void FunctionParametersAreContravariant()
    {
        TestModule m = new();
        m.Type(new FuncType([ValType.Ref(AbstractHeapType.Eq, true)], []), false);
        m.Type(new FuncType([ValType.Ref(AbstractHeapType.Any, true)], []), true, 0);
        m.Validate();

        TestModule n = new();
        n.Type(new FuncType([ValType.Ref(AbstractHeapType.Any, true)], []), false);
        n.Type(new FuncType([ValType.Ref(AbstractHeapType.Eq, true)], []), true, 0);
        n.AssertInvalid("sub type");
    }

    [Fact]
    public void KindMismatch()
    {
        TestModule m = new();
        m.Type(new ArrayType(Field(ValType.I32)), false);
        m.Type(new StructType([]), true, 0);
        m.AssertInvalid("sub type");
    }

    [Fact]
    public void SupertypeMustPrecede()
    {
        TestModule m = new();
        m.RecGroup(new SubType(false, [1], new StructType([])), new SubType(false, [], new StructType([])));
        m.AssertInvalid("unknown type");
    }

    [Fact]
    public void SupertypeEarlierInSameGroup()
    {
        TestModule m = new();
        m.RecGroup(new SubType(false, [], new StructType([Field(Ref(1))])), new SubType(false, [0], new StructType([Field(Ref(1))])));
        m.Validate();
    }

    [Fact]
    public void ForwardReferenceOutsideGroup()
    {
        TestModule m = new();
        m.Type(new StructType([Field(Ref(1))]));
        m.Type(new StructType([]));
        m.AssertInvalid("unknown type 1");
    }

    [Fact]
    public void ForwardReferenceInsideGroup()
    {
        TestModule m = new();
        m.RecGroup(new SubType(true, [], new StructType([Field(Ref(1))])), new SubType(true, [], new StructType([Field(Ref(0))])));
        m.Validate();
    }

    [Fact]
    public void SupertypeMatchingUsesCanonicalEquality()
    {
        // $t1 and $t2 are equivalent; a subtype of a struct holding (ref $t1) may hold (ref $t2).
        TestModule m = new();
        m.Type(new StructType([Field(ValType.I32)]));                        // 0
        m.Type(new StructType([Field(ValType.I32)]));                        // 1 == 0
        m.Type(new StructType([Field(Ref(0), mutable: true)]), false);       // 2
        m.Type(new StructType([Field(Ref(1), mutable: true)]), true, 2);     // 3 <: 2
        m.Validate();
    }
}
