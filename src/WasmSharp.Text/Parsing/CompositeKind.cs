namespace WasmSharp.Text.Parsing;

/// <summary>Kinds of composite types (spec 2.3.8 "Composite Types").</summary>
internal enum CompositeKind
{
    /// <summary>Function type.</summary>
    Func,

    /// <summary>Structure type.</summary>
    Struct,

    /// <summary>Array type.</summary>
    Array,
}
