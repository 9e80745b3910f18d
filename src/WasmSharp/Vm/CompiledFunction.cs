namespace WasmSharp.Vm;

/// <summary>
/// The compiled code of one function that a tiering module compiled after it got hot
/// (Strategy.Auto's tier-up): what <see cref="FuncRef.SwitchToCompiled"/> switches its references to.
/// </summary>
/// <param name="Code">The native entry point of <c>R F(args..., InstanceContext cx)</c>.</param>
/// <param name="Invoker">The untyped entry point.</param>
internal readonly record struct CompiledFunction(IntPtr Code, RawInvoker Invoker);
