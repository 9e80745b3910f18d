namespace WasmSharp.Text.Wast;

/// <summary>NaN result patterns (spec 4.3.3 "NaN Propagation").</summary>
public enum WastNanKind
{
    /// <summary><c>nan:canonical</c>: a NaN whose payload is exactly the canonical payload (either sign).</summary>
    Canonical,

    /// <summary><c>nan:arithmetic</c>: a NaN whose payload's most significant bit is set (either sign).</summary>
    Arithmetic,
}
