using System.Runtime.Intrinsics.X86;

namespace WasmSharp.Serialization;

/// <summary>
/// The CPU features compiled code depends on: the ISA choices of the compiler's emitters. Only the
/// SIMD emitter makes one (<c>Compilation.X86VectorEmitter</c> calls SSE2/SSSE3/SSE4.1 intrinsics
/// directly on x86-64); everything else is portable IL that the JIT of the loading process fits
/// to its own CPU. Saved code records <see cref="Current"/> and loads only where it is the same.
/// </summary>
internal static class CpuFeatures
{
    /// <summary>Whether the compiler emits x86 intrinsics: SSE4.1 (2008) and SSSE3, taken as given on x86-64 as by Wasmtime.</summary>
    public static bool X86Sse41 { get; } = Sse41.IsSupported && Ssse3.IsSupported && Sse2.X64.IsSupported;

    /// <summary>The features compiled code of this process depends on, as recorded in artifacts.</summary>
    public static string Current => X86Sse41 ? "x86-64+sse2+ssse3+sse4.1" : "portable";
}
