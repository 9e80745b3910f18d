namespace WasmSharp;

/// <summary>
/// Raised when a precompiled module (an artifact of <see cref="Module.Serialize"/> or
/// <see cref="Engine.PrecompileModule(byte[])"/>) cannot be loaded by
/// <see cref="Module.Deserialize(Engine, byte[])"/>: it is not an artifact, it is truncated or
/// corrupted (its SHA-256 checksum does not match), or it was made by another WasmSharp version, for
/// another configuration or for other CPU features. The messages follow Wasmtime's
/// (<c>Module::deserialize</c>: "Module was compiled with incompatible Wasmtime version ...",
/// "Module was compiled with a different '...' setting ...").
/// </summary>
public sealed class WasmSerializationException : Exception
{
    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public WasmSerializationException(string message)
        : base(message)
    {
    }
}
