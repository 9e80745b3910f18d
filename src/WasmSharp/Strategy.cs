namespace WasmSharp;

/// <summary>
/// How an <see cref="Engine"/> runs WebAssembly code; mirrors Wasmtime's <c>Strategy</c>
/// (<c>Config::strategy</c>), whose code generators are Cranelift and Winch with the Pulley
/// interpreter beside them. Every strategy has the same semantics, traps, fuel, epochs, limits and
/// backtraces.
/// </summary>
public enum Strategy
{
    /// <summary>
    /// Chooses for the host: <see cref="Compiler"/> where the runtime can generate code, and
    /// <see cref="Interpreter"/> where it cannot (NativeAOT, iOS; when
    /// <see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"/> is false).
    /// The default, as <c>Strategy::Auto</c> is in Wasmtime.
    /// </summary>
    Auto,

    /// <summary>
    /// Compiles each function to IL in a collectible assembly, which RyuJIT turns into machine code:
    /// the fastest code, at the price of compile time. Needs dynamic code generation.
    /// </summary>
    Compiler,

    /// <summary>
    /// Interprets each function from a compact register-based code, translated at its first call:
    /// no dynamic code, almost no start-up time, several times slower than compiled code. Runs on
    /// every host, including NativeAOT.
    /// </summary>
    Interpreter,
}
