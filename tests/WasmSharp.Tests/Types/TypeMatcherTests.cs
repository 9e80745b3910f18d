using WasmSharp.Types;
using Xunit;

namespace WasmSharp.Tests.Types;

/// <summary>Subtype matching (spec valid/matching.rst).</summary>
public sealed class TypeMatcherTests
{
    // 0: func [] -> []; 1: open struct {i32}; 2: struct {i32, i64} <: 1; 3: array i8; 4: func [] -> []
    private static readonly List<SubType> s_types =
    [
        new(true, [], new FuncType([], [])),
        new(false, [], new StructType([new FieldType(StorageType.Of(ValType.I32), false)])),
        new(true, [1], new StructType([new FieldType(StorageType.Of(ValType.I32), false), new FieldType(StorageType.Of(ValType.I64), false)])),
        new(true, [], new ArrayType(new FieldType(new StorageType(PackedType.I8, ValType.I32), true))),
        new(true, [], new FuncType([], [])),
    ];

    private static readonly TypeMatcher s_matcher = new(
        s_types,
        new TypeCanonicalizer().CanonicalizeModule(s_types, Enumerable.Range(0, s_types.Count).Select(i => new RecGroup(i, 1)).ToList()));

    private static ValType Abs(AbstractHeapType h, bool nullable = true) => ValType.Ref(h, nullable);

    private static ValType Con(int i, bool nullable = true) => ValType.Ref(HeapType.FromIndex(i), nullable);

    [Theory]
    [InlineData(AbstractHeapType.None, AbstractHeapType.Any, true)]
    [InlineData(AbstractHeapType.None, AbstractHeapType.I31, true)]
    [InlineData(AbstractHeapType.I31, AbstractHeapType.Eq, true)]
    [InlineData(AbstractHeapType.Struct, AbstractHeapType.Any, true)]
    [InlineData(AbstractHeapType.Array, AbstractHeapType.Struct, false)]
    [InlineData(AbstractHeapType.Any, AbstractHeapType.Eq, false)]
    [InlineData(AbstractHeapType.NoFunc, AbstractHeapType.Func, true)]
    [InlineData(AbstractHeapType.NoFunc, AbstractHeapType.Any, false)]
    [InlineData(AbstractHeapType.NoExtern, AbstractHeapType.Extern, true)]
    [InlineData(AbstractHeapType.NoExn, AbstractHeapType.Exn, true)]
    [InlineData(AbstractHeapType.Func, AbstractHeapType.Any, false)]
    [InlineData(AbstractHeapType.Extern, AbstractHeapType.Any, false)]
    public void AbstractHierarchy(AbstractHeapType a, AbstractHeapType b, bool expected) =>
        Assert.Equal(expected, s_matcher.IsSubtype(Abs(a), Abs(b)));

    [Fact]
    public void NullabilityRules()
    {
        Assert.True(s_matcher.IsSubtype(Abs(AbstractHeapType.Func, false), Abs(AbstractHeapType.Func, true)));
        Assert.False(s_matcher.IsSubtype(Abs(AbstractHeapType.Func, true), Abs(AbstractHeapType.Func, false)));
    }

    [Fact]
    public void ConcreteTypesAgainstAbstract()
    {
        Assert.True(s_matcher.IsSubtype(Con(0), Abs(AbstractHeapType.Func)));
        Assert.False(s_matcher.IsSubtype(Con(0), Abs(AbstractHeapType.Any)));
        Assert.True(s_matcher.IsSubtype(Con(1), Abs(AbstractHeapType.Struct)));
        Assert.True(s_matcher.IsSubtype(Con(3), Abs(AbstractHeapType.Eq)));
        Assert.False(s_matcher.IsSubtype(Con(3), Abs(AbstractHeapType.Struct)));
        Assert.True(s_matcher.IsSubtype(Abs(AbstractHeapType.None), Con(2)));
        Assert.True(s_matcher.IsSubtype(Abs(AbstractHeapType.NoFunc), Con(0)));
        Assert.False(s_matcher.IsSubtype(Abs(AbstractHeapType.None), Con(0)));
        Assert.False(s_matcher.IsSubtype(Abs(AbstractHeapType.Struct), Con(1)));
    }

    [Fact]
    public void DeclaredSupertypeChain()
    {
        Assert.True(s_matcher.IsSubtype(Con(2), Con(1)));
        Assert.False(s_matcher.IsSubtype(Con(1), Con(2)));
    }

    [Fact]
    public void EquivalentTypesMatchBothWays()
    {
        Assert.True(s_matcher.IsSubtype(Con(0), Con(4)));
        Assert.True(s_matcher.IsSubtype(Con(4), Con(0)));
        Assert.True(s_matcher.TypesEqual(Con(0, false), Con(4, false)));
        Assert.False(s_matcher.TypesEqual(Con(0, false), Con(4, true)));
    }

    [Fact]
    public void NumbersMatchOnlyThemselvesAndBottomMatchesAll()
    {
        Assert.False(s_matcher.IsSubtype(ValType.I32, ValType.I64));
        Assert.True(s_matcher.IsSubtype(ValType.Bottom, ValType.V128));
        Assert.True(s_matcher.IsSubtype(ValType.Ref(TypeMatcher.BottomHeap, false), Con(2, false)));
        Assert.False(s_matcher.IsSubtype(ValType.Ref(TypeMatcher.BottomHeap, false), ValType.I32));
    }

    [Fact]
    public void TopOf()
    {
        Assert.Equal(HeapType.Func, s_matcher.TopOf(HeapType.FromIndex(0)));
        Assert.Equal(HeapType.FromAbstract(AbstractHeapType.Any), s_matcher.TopOf(HeapType.FromIndex(3)));
        Assert.Equal(HeapType.Extern, s_matcher.TopOf(HeapType.FromAbstract(AbstractHeapType.NoExtern)));
        Assert.Equal(HeapType.FromAbstract(AbstractHeapType.Exn), s_matcher.TopOf(HeapType.FromAbstract(AbstractHeapType.NoExn)));
    }
}
