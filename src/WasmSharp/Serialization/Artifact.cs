namespace WasmSharp.Serialization;

/// <summary>
/// The contents of a precompiled module (see <see cref="ArtifactFormat"/>): the settings the code
/// depends on, the module's bytes (decoded again at load, without validation: the artifact vouches
/// for them), and the compiled code when the engine that made it compiles.
/// </summary>
/// <param name="Settings">What the code depends on.</param>
/// <param name="ModuleBytes">The binary module.</param>
/// <param name="Code">The compiled code, or null for an artifact of an interpreting engine.</param>
internal sealed record Artifact(CodeSettings Settings, byte[] ModuleBytes, SavedCode? Code)
{
    /// <summary>Deletes the private copy of the code's image made by <see cref="ArtifactFormat.ReadFile"/>, unless it was loaded (which deleted it).</summary>
    public void ReleaseStagedImage() => Code?.Code.Image.ReleaseStagedFile();
}

/// <summary>Compiled code in an artifact, with the build of WasmSharp it links against.</summary>
/// <param name="Runtime">The module version id of the WasmSharp assembly that compiled it: the code calls its internals, so only that very build may load it.</param>
/// <param name="Code">The assembly image and what loading it needs.</param>
internal sealed record SavedCode(Guid Runtime, Compilation.PersistedCode Code);
