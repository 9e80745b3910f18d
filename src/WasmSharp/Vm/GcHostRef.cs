namespace WasmSharp.Vm;

/// <summary>
/// A host object seen from the <c>any</c> hierarchy (spec <c>any.convert_extern</c>): the wrapper
/// keeps it apart from structs, arrays and i31s, so it fails every cast below <c>any</c>, and
/// <c>extern.convert_any</c> unwraps it to the very same host object. GC objects need no wrapper:
/// they cross to <c>extern</c> and back as themselves.
/// </summary>
internal sealed class GcHostRef
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    public GcHostRef(object value) => Value = value;

    /// <summary>The host object.</summary>
    public readonly object Value;

    /// <inheritdoc/>
    public override string? ToString() => Value.ToString();
}
