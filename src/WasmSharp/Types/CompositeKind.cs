namespace WasmSharp.Types;

/// <summary>The three kinds of composite type (spec comptype).</summary>
public enum CompositeKind : byte
{
    /// <summary><c>func</c>.</summary>
    Func,
    /// <summary><c>struct</c>.</summary>
    Struct,
    /// <summary><c>array</c>.</summary>
    Array,
}
