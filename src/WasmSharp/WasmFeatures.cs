namespace WasmSharp;

/// <summary>
/// WebAssembly proposals the engine accepts; each corresponds to one <c>Config</c> toggle,
/// like Wasmtime's <c>Config::wasm_*</c> methods. All are on by default.
/// </summary>
[Flags]
public enum WasmFeatures : long
{
    /// <summary>No optional features.</summary>
    None = 0,
    /// <summary>Mutable global imports and exports.</summary>
    MutableGlobal = 1L << 0,
    /// <summary>Saturating float-to-int conversions.</summary>
    SaturatingFloatToInt = 1L << 1,
    /// <summary>Sign-extension operators.</summary>
    SignExtension = 1L << 2,
    /// <summary>Multiple results and block parameters.</summary>
    MultiValue = 1L << 3,
    /// <summary>Bulk memory and table operations.</summary>
    BulkMemory = 1L << 4,
    /// <summary>funcref/externref, multiple tables.</summary>
    ReferenceTypes = 1L << 5,
    /// <summary>128-bit SIMD.</summary>
    Simd = 1L << 6,
    /// <summary>Relaxed SIMD.</summary>
    RelaxedSimd = 1L << 7,
    /// <summary>Typed function references.</summary>
    FunctionReferences = 1L << 8,
    /// <summary>Garbage collection (structs, arrays, i31, subtyping).</summary>
    Gc = 1L << 9,
    /// <summary>Tail calls.</summary>
    TailCall = 1L << 10,
    /// <summary>Exception handling with <c>exnref</c> and <c>try_table</c>.</summary>
    ExceptionHandling = 1L << 11,
    /// <summary>The legacy exception proposal (<c>try</c>/<c>catch</c>/<c>delegate</c>).</summary>
    LegacyExceptions = 1L << 12,
    /// <summary>64-bit memories and tables.</summary>
    Memory64 = 1L << 13,
    /// <summary>Multiple memories.</summary>
    MultiMemory = 1L << 14,
    /// <summary>Extended constant expressions.</summary>
    ExtendedConst = 1L << 15,
    /// <summary>Threads: shared memories and atomics.</summary>
    Threads = 1L << 16,
    /// <summary>Wide arithmetic (128-bit add/sub/mul).</summary>
    WideArithmetic = 1L << 17,
    /// <summary>Custom page sizes.</summary>
    CustomPageSizes = 1L << 18,
    /// <summary>Every feature above.</summary>
    All = (1L << 19) - 1,
}
