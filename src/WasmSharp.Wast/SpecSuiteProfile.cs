namespace WasmSharp.Wast;

/// <summary>
/// The features a spec-suite script was written against, inferred from where it lives (as
/// Wasmtime's own wast runner does). The suites disagree where a later proposal made valid what an
/// earlier one rejected: Wasm 2.0's <c>memory.wast</c> expects "multiple memories" to be invalid, the
/// threads proposal predates reference types and multi-memory, and Wasm 3.0's <c>binary.wast</c>
/// expects the custom-page-size flag to be malformed.
/// </summary>
public static class SpecSuiteProfile
{
    /// <summary>The Wasm 2.0 feature set (spec release 2.0).</summary>
    public const WasmFeatures Wasm2 = WasmFeatures.MutableGlobal | WasmFeatures.SaturatingFloatToInt
        | WasmFeatures.SignExtension | WasmFeatures.MultiValue | WasmFeatures.BulkMemory
        | WasmFeatures.ReferenceTypes | WasmFeatures.Simd;

    /// <summary>The Wasm 3.0 feature set: 2.0 plus everything standardised in 3.0, without later proposals.</summary>
    public const WasmFeatures Wasm3 = Wasm2 | WasmFeatures.RelaxedSimd | WasmFeatures.FunctionReferences
        | WasmFeatures.Gc | WasmFeatures.TailCall | WasmFeatures.ExceptionHandling | WasmFeatures.LegacyExceptions
        | WasmFeatures.Memory64 | WasmFeatures.MultiMemory | WasmFeatures.ExtendedConst;

    /// <summary>The features for the script at <paramref name="path"/>; every feature for scripts outside the suite.</summary>
    public static WasmFeatures FeaturesFor(string path)
    {
        string p = path.Replace('\\', '/');
        if (p.Contains("/proposals/threads/", StringComparison.Ordinal))
        {
            // Written against Wasm 1.0 plus threads: one table, one memory, no reference types.
            return WasmFeatures.MutableGlobal | WasmFeatures.SaturatingFloatToInt | WasmFeatures.SignExtension
                | WasmFeatures.MultiValue | WasmFeatures.BulkMemory | WasmFeatures.Simd | WasmFeatures.Threads;
        }

        if (p.Contains("/proposals/wide-arithmetic/", StringComparison.Ordinal))
        {
            return Wasm3 | WasmFeatures.WideArithmetic;
        }

        if (p.Contains("/proposals/custom-page-sizes/", StringComparison.Ordinal))
        {
            return Wasm3 | WasmFeatures.CustomPageSizes;
        }

        if (p.Contains("/wasm-2.0/", StringComparison.Ordinal))
        {
            return Wasm2;
        }

        if (p.Contains("/wasm-3.0/", StringComparison.Ordinal))
        {
            return Wasm3;
        }

        return WasmFeatures.All;
    }

    /// <summary>A configuration with <see cref="FeaturesFor"/> the script at <paramref name="path"/>.</summary>
    public static Config ConfigFor(string path) => new() { Features = FeaturesFor(path) };
}
