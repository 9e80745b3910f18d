namespace WasmSharp.Text.Wast;

/// <summary>Reference result patterns that match by kind rather than by exact value.</summary>
public enum WastRefKind
{
    /// <summary><c>(ref.null)</c> with no heap type: any null reference; with a heap type: a null of that type.</summary>
    Null,

    /// <summary><c>(ref.func)</c>: any non-null function reference; with an index/name, that function.</summary>
    Func,

    /// <summary><c>(ref.extern)</c>: any non-null external reference; with a number, that host value.</summary>
    Extern,

    /// <summary><c>(ref.host n)</c>: the host reference with that number.</summary>
    Host,

    /// <summary><c>(ref.any)</c>: any non-null internal reference.</summary>
    Any,

    /// <summary><c>(ref.eq)</c>: any non-null reference in the <c>eq</c> hierarchy.</summary>
    Eq,

    /// <summary><c>(ref.i31)</c>: an unboxed scalar.</summary>
    I31,

    /// <summary><c>(ref.struct)</c>: any structure reference.</summary>
    Struct,

    /// <summary><c>(ref.array)</c>: any array reference.</summary>
    Array,

    /// <summary><c>(ref.exn)</c>: any exception reference.</summary>
    Exn,
}
