namespace WasmSharp.Types;

/// <summary>
/// Hash-conses recursion groups (spec "Type Equivalence"): a group is keyed by its structure, with
/// references to types inside the group encoded by their position in the group and references to
/// earlier types encoded by their canonical id. Two structurally identical groups therefore get
/// the same ids, and concrete types compare in O(1). One instance can serve a module or, behind a
/// lock, a whole engine (its ids then identify types across modules for import matching).
/// </summary>
internal sealed class TypeCanonicalizer
{
    // Heap-type tags in the key: abstract heap type, reference into the group, canonical id outside it.
    private const int TagAbstract = 0;
    private const int TagRecRelative = 1;
    private const int TagCanonical = 2;

    private readonly Dictionary<GroupKey, int> _groups = new();
    private readonly List<int> _scratch = new();
    private readonly List<int> _supertypes = new();
    private readonly List<CompositeKind> _kinds = new();
    private readonly Lock _lock = new();
    private int _nextId;

    /// <summary>Number of distinct canonical types issued so far.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _nextId;
            }
        }
    }

    /// <summary>The composite kind of a canonical type.</summary>
    public CompositeKind KindOf(CanonicalTypeId id)
    {
        lock (_lock)
        {
            return _kinds[id.Value];
        }
    }

    /// <summary>The declared supertype of a canonical type, if any (canonical ids preserve supertype declarations).</summary>
    public CanonicalTypeId? SupertypeOf(CanonicalTypeId id)
    {
        lock (_lock)
        {
            int super = _supertypes[id.Value];
            return super < 0 ? null : new CanonicalTypeId(super);
        }
    }

    /// <summary>
    /// Whether canonical type <paramref name="sub"/> matches <paramref name="super"/> (spec "Defined
    /// Types" matching: equal, or reachable through declared supertypes). Works across modules that
    /// share this canonicalizer, e.g. for import matching.
    /// </summary>
    public bool IsSubtype(CanonicalTypeId sub, CanonicalTypeId super)
    {
        lock (_lock)
        {
            for (int t = sub.Value; t >= 0; t = _supertypes[t])
            {
                if (t == super.Value)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Canonicalises every recursion group of a module, in order. References out of a group must
    /// point to earlier types (the validator checks that first).
    /// </summary>
    /// <param name="types">The module's type index space.</param>
    /// <param name="groups">Recursion groups covering <paramref name="types"/> in order.</param>
    /// <returns>The canonical id of every type index.</returns>
    public CanonicalTypeId[] CanonicalizeModule(IReadOnlyList<SubType> types, IReadOnlyList<RecGroup> groups)
    {
        CanonicalTypeId[] ids = new CanonicalTypeId[types.Count];
        foreach (RecGroup group in groups)
        {
            CanonicalizeGroup(types, group, ids);
        }

        return ids;
    }

    /// <summary>Canonicalises one group, storing the ids of its types into <paramref name="ids"/>.</summary>
    /// <param name="types">The module's type index space.</param>
    /// <param name="group">The group; all types before it must already have ids in <paramref name="ids"/>.</param>
    /// <param name="ids">Canonical ids by type index.</param>
    public void CanonicalizeGroup(IReadOnlyList<SubType> types, RecGroup group, CanonicalTypeId[] ids)
    {
        // One lock per group: the scratch buffer and the tables are shared when the instance is engine-wide.
        lock (_lock)
        {
            CanonicalizeGroupLocked(types, group, ids);
        }
    }

    private void CanonicalizeGroupLocked(IReadOnlyList<SubType> types, RecGroup group, CanonicalTypeId[] ids)
    {
        _scratch.Clear();
        _scratch.Add(group.Count);
        for (int i = 0; i < group.Count; i++)
        {
            SubType sub = types[group.Start + i];
            _scratch.Add(sub.IsFinal ? 1 : 0);
            _scratch.Add(sub.Supertypes.Count);
            foreach (int super in sub.Supertypes)
            {
                AddTypeIndex(super, group, ids);
            }

            CompositeType composite = sub.Composite;
            _scratch.Add((int)composite.Kind);
            switch (composite)
            {
                case FuncType func:
                    _scratch.Add(func.Params.Count);
                    foreach (ValType p in func.Params)
                    {
                        AddValType(p, group, ids);
                    }

                    _scratch.Add(func.Results.Count);
                    foreach (ValType r in func.Results)
                    {
                        AddValType(r, group, ids);
                    }

                    break;
                case StructType st:
                    _scratch.Add(st.Fields.Count);
                    foreach (FieldType f in st.Fields)
                    {
                        AddField(f, group, ids);
                    }

                    break;
                case ArrayType at:
                    AddField(at.Element, group, ids);
                    break;
            }
        }

        GroupKey key = new(_scratch.ToArray());
        if (!_groups.TryGetValue(key, out int first))
        {
            first = _nextId;
            _nextId += group.Count;
            _groups.Add(key, first);
            for (int i = 0; i < group.Count; i++)
            {
                SubType sub = types[group.Start + i];
                int super = -1;
                if (sub.Supertypes.Count > 0)
                {
                    int index = sub.Supertypes[0];
                    super = index >= group.Start && index < group.Start + group.Count
                        ? first + (index - group.Start)
                        : ids[index].Value;
                }

                _supertypes.Add(super);
                _kinds.Add(sub.Composite.Kind);
            }
        }

        for (int i = 0; i < group.Count; i++)
        {
            ids[group.Start + i] = new CanonicalTypeId(first + i);
        }
    }

    private void AddField(FieldType field, RecGroup group, CanonicalTypeId[] ids)
    {
        _scratch.Add((int)field.Storage.Packed | (field.Mutable ? 0x100 : 0));
        AddValType(field.Storage.Type, group, ids);
    }

    private void AddValType(ValType type, RecGroup group, CanonicalTypeId[] ids)
    {
        _scratch.Add((int)type.Kind | (type.Nullable ? 0x100 : 0));
        if (type.Kind == ValKind.Ref)
        {
            HeapType heap = type.Heap;
            if (heap.IsConcrete)
            {
                AddTypeIndex(heap.TypeIndex, group, ids);
            }
            else
            {
                _scratch.Add(TagAbstract);
                _scratch.Add((int)heap.Abstract);
            }
        }
    }

    private void AddTypeIndex(int index, RecGroup group, CanonicalTypeId[] ids)
    {
        if (index >= group.Start && index < group.Start + group.Count)
        {
            _scratch.Add(TagRecRelative);
            _scratch.Add(index - group.Start);
        }
        else
        {
            _scratch.Add(TagCanonical);
            _scratch.Add(ids[index].Value);
        }
    }

    /// <summary>
    /// The structural encoding of a group, compared element-wise. A class: the dictionary's code
    /// and default comparer for a reference type are shared code that the framework's ReadyToRun
    /// image holds, where a struct key's would be JIT-compiled at every start.
    /// </summary>
    private sealed class GroupKey : IEquatable<GroupKey>
    {
        private readonly int[] _data;
        private readonly int _hash;

        public GroupKey(int[] data)
        {
            _data = data;
            HashCode hash = default;
            foreach (int v in data)
            {
                hash.Add(v);
            }

            _hash = hash.ToHashCode();
        }

        public bool Equals(GroupKey? other) => other is not null && _hash == other._hash && _data.AsSpan().SequenceEqual(other._data);

        public override bool Equals(object? obj) => Equals(obj as GroupKey);

        public override int GetHashCode() => _hash;
    }
}
