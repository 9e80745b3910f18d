namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// The host functions binaryen's translate-to-fuzz modules import from <c>fuzzing-support</c>. Binaryen 108
/// (Debian's) emits only the logging functions: <c>log-i32</c>, <c>log-i64</c>, <c>log-f32</c>,
/// <c>log-f64</c> and <c>log-v128</c>, each taking one value and returning nothing. Both runtimes append the
/// canonical value text to their trace, so the order and values of logs are compared.
/// </summary>
internal static class FuzzingSupportImports
{
    /// <summary>The module name binaryen uses for its fuzzer's host functions.</summary>
    public const string ModuleName = "fuzzing-support";

    /// <summary>
    /// Returns null if every import of the module is a logging function the harness provides, else the first
    /// one it does not (a newer binaryen's call-export or throw, or a non-function import).
    /// </summary>
    public static string? FindUnsupported(Module module)
    {
        foreach (ImportType import in module.Imports)
        {
            if (import.Module != ModuleName || !import.Name.StartsWith("log-", StringComparison.Ordinal) || import.Type.Func is not { Results.Count: 0 })
            {
                return $"{import.Module}::{import.Name}: {import.Type}";
            }
        }

        return null;
    }
}
