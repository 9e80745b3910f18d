namespace WasmSharp.Vm;

/// <summary>
/// A function whose tier can run it as a suspendable async call (the interpreter's
/// <c>InterpretedFunction</c>), reached through <see cref="FuncRef.Interpreted"/>.
/// </summary>
internal interface IActivationSource
{
    /// <summary>The async call of the function in instance <paramref name="cx"/> with arguments in <paramref name="values"/>.</summary>
    Activation CreateActivation(InstanceContext cx, ValRaw[] values);

    /// <summary>
    /// Whether the function stays interpreted, so that an async call of it may suspend: false for a
    /// function of a module that tiers up, which is interpreted only until it is compiled (an async
    /// store gives such code only to instances that cannot suspend, see <see cref="AsyncState.MaySuspend"/>).
    /// </summary>
    bool StaysInterpreted { get; }
}
