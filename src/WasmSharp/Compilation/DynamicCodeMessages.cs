namespace WasmSharp.Compilation;

/// <summary>
/// The explanations the AOT analyzers show for the compiler tier's <c>[RequiresDynamicCode]</c>
/// (IL3050): it emits IL at run time, which needs a JIT. The rest of the runtime reaches it only
/// behind <see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"/>, so a
/// NativeAOT host runs everything with the interpreter (<see cref="Strategy.Auto"/>).
/// </summary>
internal static class DynamicCodeMessages
{
    /// <summary>The compiler tier: IL emission, <c>MakeGenericType</c>/<c>MakeGenericMethod</c> over value types.</summary>
    public const string CompilerTier = "The compiler tier (Strategy.Compiler) emits IL at run time, which needs dynamic code; Strategy.Auto runs the interpreter where RuntimeFeature.IsDynamicCodeSupported is false.";
}
