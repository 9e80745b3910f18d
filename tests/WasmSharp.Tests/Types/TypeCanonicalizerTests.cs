using WasmSharp.Types;
using Xunit;

namespace WasmSharp.Tests.Types;

/// <summary>Canonicalisation of recursion groups (spec "Type Equivalence").</summary>
public sealed class TypeCanonicalizerTests
{
    private static SubType Final(CompositeType c) => new(true, [], c);

    private static SubType Open(CompositeType c, params int[] supers) => new(false, supers, c);

    private static StructType Struct(params ValType[] fields) =>
        new(fields.Select(f => new FieldType(StorageType.Of(f), false)));

    private static ValType Ref(int index) => ValType.Ref(HeapType.FromIndex(index), nullable: true);

    private static CanonicalTypeId[] Canon(List<SubType> types, params (int Start, int Count)[] groups) =>
        new TypeCanonicalizer().CanonicalizeModule(types, groups.Select(g => new RecGroup(g.Start, g.Count)).ToList());

    [Fact]
    public void IdenticalSingletonsAreEqual()
    {
        CanonicalTypeId[] ids = Canon([Final(Struct(ValType.I32)), Final(Struct(ValType.I32))], (0, 1), (1, 1));
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void DifferentStructuresDiffer()
    {
        CanonicalTypeId[] ids = Canon([Final(Struct(ValType.I32)), Final(Struct(ValType.I64))], (0, 1), (1, 1));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void SelfReferencesCompareByPosition()
    {
        CanonicalTypeId[] ids = Canon([Final(Struct(Ref(0))), Final(Struct(Ref(1)))], (0, 1), (1, 1));
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void SelfReferenceDiffersFromReferenceToEquivalentOuterType()
    {
        // type 1 refers to type 0 from outside its group; type 0 refers to itself from inside.
        CanonicalTypeId[] ids = Canon([Final(Struct(Ref(0))), Final(Struct(Ref(0)))], (0, 1), (1, 1));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void OuterReferencesCompareCanonically()
    {
        List<SubType> types =
        [
            Final(Struct(ValType.I32)),
            Final(Struct(ValType.I32)),
            Final(Struct(Ref(0))),
            Final(Struct(Ref(1))),
        ];
        CanonicalTypeId[] ids = Canon(types, (0, 1), (1, 1), (2, 1), (3, 1));
        Assert.Equal(ids[2], ids[3]);
    }

    [Fact]
    public void RecGroupsCompareAsAWhole()
    {
        List<SubType> types =
        [
            Final(Struct(Ref(1))), Final(Struct(Ref(0), ValType.I32)),
            Final(Struct(Ref(3))), Final(Struct(Ref(2), ValType.I32)),
        ];
        CanonicalTypeId[] ids = Canon(types, (0, 2), (2, 2));
        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(ids[1], ids[3]);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void OrderInsideGroupMatters()
    {
        List<SubType> types =
        [
            Final(Struct(ValType.I32)), Final(Struct(ValType.I64)),
            Final(Struct(ValType.I64)), Final(Struct(ValType.I32)),
        ];
        CanonicalTypeId[] ids = Canon(types, (0, 2), (2, 2));
        Assert.NotEqual(ids[0], ids[3]);
        Assert.NotEqual(ids[1], ids[2]);
    }

    [Fact]
    public void GroupMemberDiffersFromSingleton()
    {
        List<SubType> types = [Final(Struct()), Final(Struct()), Final(Struct())];
        CanonicalTypeId[] ids = Canon(types, (0, 2), (2, 1));
        Assert.NotEqual(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void FinalityAndSupertypesMatter()
    {
        List<SubType> types =
        [
            Open(Struct()),
            Final(Struct()),
            Open(Struct()),
            Open(Struct(), 0),
        ];
        CanonicalTypeId[] ids = Canon(types, (0, 1), (1, 1), (2, 1), (3, 1));
        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.NotEqual(ids[2], ids[3]);
    }

    [Fact]
    public void FunctionTypesCanonicalise()
    {
        List<SubType> types =
        [
            Final(new FuncType([ValType.I32, Ref(0)], [ValType.F64])),
            Final(new FuncType([ValType.I32, Ref(1)], [ValType.F64])),
            Final(new FuncType([ValType.I32, Ref(1)], [ValType.F32])),
        ];
        CanonicalTypeId[] ids = Canon(types, (0, 1), (1, 1), (2, 1));
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[1], ids[2]);
    }

    [Fact]
    public void CanonicalizerIsSharedAcrossModules()
    {
        TypeCanonicalizer canon = new();
        List<SubType> a = [Final(Struct(ValType.I32))];
        List<SubType> b = [Final(Struct(ValType.I64)), Final(Struct(ValType.I32))];
        CanonicalTypeId[] idsA = canon.CanonicalizeModule(a, [new RecGroup(0, 1)]);
        CanonicalTypeId[] idsB = canon.CanonicalizeModule(b, [new RecGroup(0, 1), new RecGroup(1, 1)]);
        Assert.Equal(idsA[0], idsB[1]);
        Assert.Equal(2, canon.Count);
    }

    [Fact]
    public void SupertypesAreTrackedAcrossModules()
    {
        TypeCanonicalizer canon = new();
        List<SubType> a = [Open(Struct()), Final(Struct(ValType.I32), 0)];
        List<SubType> b = [Open(Struct()), Final(Struct(ValType.I32), 0), Final(Struct(ValType.I64))];
        CanonicalTypeId[] idsA = canon.CanonicalizeModule(a, [new RecGroup(0, 1), new RecGroup(1, 1)]);
        CanonicalTypeId[] idsB = canon.CanonicalizeModule(b, [new RecGroup(0, 1), new RecGroup(1, 1), new RecGroup(2, 1)]);
        Assert.Equal(idsA[1], idsB[1]);
        Assert.True(canon.IsSubtype(idsA[1], idsB[0]));
        Assert.False(canon.IsSubtype(idsB[0], idsA[1]));
        Assert.False(canon.IsSubtype(idsB[2], idsA[0]));
        Assert.Equal(idsA[0], canon.SupertypeOf(idsB[1]));
        Assert.Equal(CompositeKind.Struct, canon.KindOf(idsB[2]));
    }

    private static SubType Final(CompositeType c, int super) => new(true, [super], c);
}
