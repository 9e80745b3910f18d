namespace WasmSharp;

/// <summary>
/// Which boundary a store's call hook (<see cref="Store{T}.CallHook"/>) is told about; mirrors
/// <c>wasmtime::CallHook</c>.
/// </summary>
public enum CallHook
{
    /// <summary>The host is about to call into WebAssembly (<c>CallHook::CallingWasm</c>).</summary>
    CallingWasm,

    /// <summary>A host-to-WebAssembly call has returned, normally or not (<c>CallHook::ReturningFromWasm</c>).</summary>
    ReturningFromWasm,

    /// <summary>WebAssembly is about to call a host function (<c>CallHook::CallingHost</c>).</summary>
    CallingHost,

    /// <summary>A host function called from WebAssembly has returned, normally or not (<c>CallHook::ReturningFromHost</c>).</summary>
    ReturningFromHost,
}
