namespace WasmSharp.Vm;

/// <summary>
/// Supplies untyped invokers on demand, so creating an instance's function references costs no
/// delegate creation for functions the host never calls.
/// </summary>
internal interface IInvokerSource
{
    /// <summary>The untyped invoker of function <paramref name="functionIndex"/>.</summary>
    RawInvoker GetInvoker(int functionIndex);
}
