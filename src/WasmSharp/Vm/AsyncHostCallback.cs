namespace WasmSharp.Vm;

/// <summary>
/// An asynchronous host function as the runtime sees it (the callback of Wasmtime's
/// <c>Func::new_async</c>/<c>Linker::func_wrap_async</c>): reads its arguments from
/// <paramref name="values"/> and starts its work. When the work completed at once it has written the
/// results back from index 0 and returns null, so a host call that does not wait costs no
/// allocation; otherwise it returns the pending call, whose <see cref="PendingHostCall.Complete"/>
/// writes them once the work is done. <paramref name="callee"/> is as for <see cref="HostCallback"/>.
/// </summary>
internal delegate PendingHostCall? AsyncHostCallback(InstanceContext callee, Span<ValRaw> values);
