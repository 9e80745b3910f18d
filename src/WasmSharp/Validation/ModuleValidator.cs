using WasmSharp.Binary;

namespace WasmSharp.Validation;

/// <summary>
/// Validates a decoded module (spec "Validation"). Placeholder of the binary branch so the public API
/// builds; the validator branch owns this file and replaces it at merge.
/// </summary>
internal static class ModuleValidator
{
    /// <summary>Validates <paramref name="module"/>; invalid input raises <see cref="WasmValidationException"/>.</summary>
    public static void Validate(ModuleInfo module, WasmFeatures features)
    {
    }
}
