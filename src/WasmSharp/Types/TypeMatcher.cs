using System.Runtime.CompilerServices;

namespace WasmSharp.Types;

/// <summary>
/// Subtype matching within one module (spec valid/matching.rst "Matching"): value types, heap types
/// with the abstract func/extern/any/exn hierarchies and their bottoms, concrete types through
/// declared supertype chains, and composite types with field mutability invariance. Concrete types
/// compare by <see cref="CanonicalTypeId"/>, so equivalent types from different rec groups match.
/// </summary>
internal sealed class TypeMatcher
{
    /// <summary>The validator's bottom heap type (spec appendix "Validation Algorithm", <c>bot</c>), below every heap type.</summary>
    public static readonly HeapType BottomHeap = HeapType.FromAbstract((AbstractHeapType)0x7F);

    private static readonly ValType[] s_empty = [];

    private readonly IReadOnlyList<SubType> _types;
    private readonly CanonicalTypeId[] _canonical;
    private readonly ValType[]?[] _params;
    private readonly ValType[]?[] _results;
    private readonly int[] _super;

    /// <summary>Creates a matcher over a module's types, whose ids come from a <see cref="TypeCanonicalizer"/>.</summary>
    /// <param name="types">The type index space (already validated for index bounds).</param>
    /// <param name="canonical">Canonical ids by type index.</param>
    public TypeMatcher(IReadOnlyList<SubType> types, CanonicalTypeId[] canonical)
    {
        _types = types;
        _canonical = canonical;
        int n = types.Count;
        _params = new ValType[]?[n];
        _results = new ValType[]?[n];
        _super = new int[n];
        for (int i = 0; i < n; i++)
        {
            SubType sub = types[i];
            _super[i] = sub.Supertypes.Count > 0 ? sub.Supertypes[0] : -1;
            if (sub.Composite is FuncType func)
            {
                _params[i] = ToArray(func.Params);
                _results[i] = ToArray(func.Results);
            }
        }
    }

    /// <summary>Number of types in the module.</summary>
    public int Count => _types.Count;

    /// <summary>The type definitions.</summary>
    public IReadOnlyList<SubType> Types => _types;

    /// <summary>Canonical id of type index <paramref name="index"/>.</summary>
    public CanonicalTypeId CanonicalId(int index) => _canonical[index];

    /// <summary>Parameter types of function type <paramref name="index"/>, or null if it is not a function type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValType[]? FuncParams(int index) => _params[index];

    /// <summary>Result types of function type <paramref name="index"/>, or null if it is not a function type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValType[]? FuncResults(int index) => _results[index];

    /// <summary>The composite kind of type index <paramref name="index"/>.</summary>
    public CompositeKind KindOf(int index) => _types[index].Composite.Kind;

    /// <summary>Value type matching <c>a &lt;: b</c> (spec "Value Types" matching); <c>bot</c> matches everything.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSubtype(ValType a, ValType b)
    {
        if (a == b || a.Kind == ValKind.Bottom)
        {
            return true;
        }

        return a.Kind == ValKind.Ref && b.Kind == ValKind.Ref && IsRefSubtypeSlow(a, b);
    }

    /// <summary>Type equivalence (spec "Type Equivalence"): mutual matching, with concrete types compared canonically.</summary>
    public bool TypesEqual(ValType a, ValType b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Kind != ValKind.Ref || b.Kind != ValKind.Ref || a.Nullable != b.Nullable)
        {
            return false;
        }

        return a.Heap.IsConcrete && b.Heap.IsConcrete && _canonical[a.Heap.TypeIndex] == _canonical[b.Heap.TypeIndex];
    }

    private bool IsRefSubtypeSlow(ValType a, ValType b)
    {
        if (a.Nullable && !b.Nullable)
        {
            return false;
        }

        return IsHeapSubtype(a.Heap, b.Heap);
    }

    /// <summary>Heap type matching <c>a &lt;: b</c> (spec "Heap Types" matching).</summary>
    public bool IsHeapSubtype(HeapType a, HeapType b)
    {
        if (a == b || a == BottomHeap)
        {
            return true;
        }

        if (a.IsConcrete)
        {
            if (b.IsConcrete)
            {
                CanonicalTypeId target = _canonical[b.TypeIndex];
                for (int t = a.TypeIndex; t >= 0; t = _super[t])
                {
                    if (_canonical[t] == target)
                    {
                        return true;
                    }
                }

                return false;
            }

            return KindOf(a.TypeIndex) switch
            {
                CompositeKind.Func => b.Abstract == AbstractHeapType.Func,
                CompositeKind.Struct => b.Abstract is AbstractHeapType.Struct or AbstractHeapType.Eq or AbstractHeapType.Any,
                _ => b.Abstract is AbstractHeapType.Array or AbstractHeapType.Eq or AbstractHeapType.Any,
            };
        }

        AbstractHeapType x = a.Abstract;
        if (b.IsConcrete)
        {
            return KindOf(b.TypeIndex) == CompositeKind.Func ? x == AbstractHeapType.NoFunc : x == AbstractHeapType.None;
        }

        AbstractHeapType y = b.Abstract;
        return x switch
        {
            AbstractHeapType.NoFunc => y == AbstractHeapType.Func,
            AbstractHeapType.NoExtern => y == AbstractHeapType.Extern,
            AbstractHeapType.NoExn => y == AbstractHeapType.Exn,
            AbstractHeapType.None => y is AbstractHeapType.Any or AbstractHeapType.Eq or AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array,
            AbstractHeapType.Eq => y == AbstractHeapType.Any,
            AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array => y is AbstractHeapType.Eq or AbstractHeapType.Any,
            _ => false,
        };
    }

    /// <summary>The top of the hierarchy <paramref name="heap"/> belongs to: func, extern, any or exn (bot for bot).</summary>
    public HeapType TopOf(HeapType heap)
    {
        if (heap.IsConcrete)
        {
            return KindOf(heap.TypeIndex) == CompositeKind.Func ? HeapType.Func : HeapType.FromAbstract(AbstractHeapType.Any);
        }

        if (heap == BottomHeap)
        {
            return heap;
        }

        return heap.Abstract switch
        {
            AbstractHeapType.Func or AbstractHeapType.NoFunc => HeapType.Func,
            AbstractHeapType.Extern or AbstractHeapType.NoExtern => HeapType.Extern,
            AbstractHeapType.Exn or AbstractHeapType.NoExn => HeapType.FromAbstract(AbstractHeapType.Exn),
            _ => HeapType.FromAbstract(AbstractHeapType.Any),
        };
    }

    /// <summary>
    /// Whether composite type <paramref name="sub"/> matches <paramref name="super"/> (spec
    /// "Composite Types" matching): functions contra/covariantly, structs by prefix with field
    /// matching, arrays by element; a mutable field must be equivalent, an immutable one may be a subtype.
    /// </summary>
    public bool CompositeMatches(CompositeType sub, CompositeType super)
    {
        switch (sub)
        {
            case FuncType f1 when super is FuncType f2:
                if (f1.Params.Count != f2.Params.Count || f1.Results.Count != f2.Results.Count)
                {
                    return false;
                }

                for (int i = 0; i < f1.Params.Count; i++)
                {
                    if (!IsSubtype(f2.Params[i], f1.Params[i]))
                    {
                        return false;
                    }
                }

                for (int i = 0; i < f1.Results.Count; i++)
                {
                    if (!IsSubtype(f1.Results[i], f2.Results[i]))
                    {
                        return false;
                    }
                }

                return true;
            case StructType s1 when super is StructType s2:
                if (s1.Fields.Count < s2.Fields.Count)
                {
                    return false;
                }

                for (int i = 0; i < s2.Fields.Count; i++)
                {
                    if (!FieldMatches(s1.Fields[i], s2.Fields[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ArrayType a1 when super is ArrayType a2:
                return FieldMatches(a1.Element, a2.Element);
            default:
                return false;
        }
    }

    /// <summary>Field type matching (spec "Field Types"): same mutability; mutable fields invariant.</summary>
    public bool FieldMatches(FieldType sub, FieldType super)
    {
        if (sub.Mutable != super.Mutable || sub.Storage.Packed != super.Storage.Packed)
        {
            return false;
        }

        if (sub.Storage.IsPacked)
        {
            return true;
        }

        return sub.Mutable
            ? TypesEqual(sub.Storage.Type, super.Storage.Type)
            : IsSubtype(sub.Storage.Type, super.Storage.Type);
    }

    private static ValType[] ToArray(IReadOnlyList<ValType> list)
    {
        if (list.Count == 0)
        {
            return s_empty;
        }

        ValType[] result = new ValType[list.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = list[i];
        }

        return result;
    }
}
