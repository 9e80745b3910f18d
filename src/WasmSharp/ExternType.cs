using WasmSharp.Types;

namespace WasmSharp;

/// <summary>
/// The type of an importable or exportable entity (spec "External Types"); mirrors Wasmtime's
/// <c>ExternType</c> enum. Exactly one of <see cref="Func"/>, <see cref="Table"/>, <see cref="Memory"/>,
/// <see cref="Global"/> and <see cref="Tag"/> is set, as <see cref="Kind"/> says.
/// </summary>
public sealed class ExternType
{
    private readonly object _payload;

    private ExternType(ExternKind kind, object payload, FuncType? tagSignature = null)
    {
        Kind = kind;
        _payload = payload;
        TagSignature = tagSignature;
    }

    /// <summary>Which kind of entity this is.</summary>
    public ExternKind Kind { get; }

    /// <summary>The function type, when <see cref="Kind"/> is <see cref="ExternKind.Func"/> (<c>ExternType::func</c>).</summary>
    public FuncType? Func => Kind == ExternKind.Func ? (FuncType)_payload : null;

    /// <summary>The table type, when <see cref="Kind"/> is <see cref="ExternKind.Table"/> (<c>ExternType::table</c>).</summary>
    public TableType? Table => Kind == ExternKind.Table ? (TableType)_payload : null;

    /// <summary>The memory type, when <see cref="Kind"/> is <see cref="ExternKind.Memory"/> (<c>ExternType::memory</c>).</summary>
    public MemoryType? Memory => Kind == ExternKind.Memory ? (MemoryType)_payload : null;

    /// <summary>The global type, when <see cref="Kind"/> is <see cref="ExternKind.Global"/> (<c>ExternType::global</c>).</summary>
    public GlobalType? Global => Kind == ExternKind.Global ? (GlobalType)_payload : null;

    /// <summary>The tag type, when <see cref="Kind"/> is <see cref="ExternKind.Tag"/> (<c>ExternType::tag</c>).</summary>
    public TagType? Tag => Kind == ExternKind.Tag ? (TagType)_payload : null;

    /// <summary>For a tag: the function type of its payload (Wasmtime's <c>TagType::ty</c>).</summary>
    public FuncType? TagSignature { get; }

    /// <summary>A function's extern type.</summary>
    public static ExternType FromFunc(FuncType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new ExternType(ExternKind.Func, type);
    }

    /// <summary>A table's extern type.</summary>
    public static ExternType FromTable(TableType type) => new(ExternKind.Table, type);

    /// <summary>A memory's extern type.</summary>
    public static ExternType FromMemory(MemoryType type) => new(ExternKind.Memory, type);

    /// <summary>A global's extern type.</summary>
    public static ExternType FromGlobal(GlobalType type) => new(ExternKind.Global, type);

    /// <summary>A tag's extern type, with the function type its index refers to.</summary>
    public static ExternType FromTag(TagType type, FuncType signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return new ExternType(ExternKind.Tag, type, signature);
    }

    /// <summary>The text-format spelling, e.g. <c>(func (param i32) (result))</c> or <c>(memory 1 2)</c>.</summary>
    public override string ToString() => Kind switch
    {
        ExternKind.Func => _payload.ToString()!,
        ExternKind.Table => $"(table {FormatLimits(((TableType)_payload).Limits)} {((TableType)_payload).Element})",
        ExternKind.Memory => $"(memory {FormatLimits(((MemoryType)_payload).Limits)})",
        ExternKind.Global => ((GlobalType)_payload).Mutable ? $"(global (mut {((GlobalType)_payload).Type}))" : $"(global {((GlobalType)_payload).Type})",
        _ => $"(tag {TagSignature})",
    };

    private static string FormatLimits(Limits limits) =>
        limits.Maximum is ulong max ? $"{limits.Minimum} {max}" : $"{limits.Minimum}";
}
