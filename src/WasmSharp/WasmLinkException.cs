namespace WasmSharp;

/// <summary>
/// Raised when imports cannot be satisfied (spec 4.5.4 "Instantiation", step "import matching"):
/// missing or mistyped imports, a wrong import count, or externs of another store or engine. The
/// message follows Wasmtime, e.g. <c>unknown import: `env::g` has not been defined</c> or
/// <c>incompatible import type for `env::f`: function types incompatible: ...</c>.
/// </summary>
public sealed class WasmLinkException : Exception
{
    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public WasmLinkException(string message)
        : base(message)
    {
    }
}
