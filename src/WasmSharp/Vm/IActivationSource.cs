namespace WasmSharp.Vm;

/// <summary>
/// A function whose tier can run it as a suspendable async call (the interpreter's
/// <c>InterpretedFunction</c>), reached through <see cref="FuncRef.Interpreted"/>.
/// </summary>
internal interface IActivationSource
{
    /// <summary>The async call of the function in instance <paramref name="cx"/> with arguments in <paramref name="values"/>.</summary>
    Activation CreateActivation(InstanceContext cx, ValRaw[] values);
}
