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
    /// Chooses for the host and the module. Where the runtime can generate code, a module is
    /// compiled before it runs, as under <see cref="Compiler"/>, unless it has at least
    /// <see cref="Config.TierUpCodeSize"/> bytes of code (1 MiB by default): such a large module
    /// starts in the interpreter at once and its hot functions are compiled in the background and
    /// switched to at their next call (tier-up). Where the runtime cannot generate code (NativeAOT,
    /// iOS; <see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"/> is
    /// false), <see cref="Interpreter"/>. The default, as <c>Strategy::Auto</c> is in Wasmtime.
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
