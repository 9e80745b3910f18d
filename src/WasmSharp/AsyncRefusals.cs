namespace WasmSharp;

/// <summary>
/// Wasmtime's messages, word for word, for entry points used with a store of the wrong kind: a
/// store of an engine with <see cref="Config.AsyncSupport"/> must be entered through the async
/// entry points and only it may have async host functions (Wasmtime panics with these messages;
/// here they are <see cref="InvalidOperationException"/>s).
/// </summary>
internal static class AsyncRefusals
{
    /// <summary><c>Instance::new</c> and the other synchronous instantiations on an async store.</summary>
    public const string SyncInstantiation = "must use async instantiation when async support is enabled";

    /// <summary><c>Instance::new_async</c> and the other async instantiations on a synchronous store.</summary>
    public const string AsyncInstantiation = "must use sync instantiation when async support is disabled";

    /// <summary><c>Func::call</c> on an async store.</summary>
    public const string FuncCall = "must use `call_async` when async support is enabled on the config";

    /// <summary><c>Func::call_async</c> on a synchronous store.</summary>
    public const string FuncCallAsync = "cannot use `call_async` without enabling async support in the config";

    /// <summary><c>TypedFunc::call</c> on an async store.</summary>
    public const string TypedCall = "must use `call_async` with async stores";

    /// <summary><c>TypedFunc::call_async</c> on a synchronous store.</summary>
    public const string TypedCallAsync = "must use `call` with non-async stores";

    /// <summary><c>Linker::func_wrap_async</c> without async support.</summary>
    public const string FuncWrapAsync = "cannot use `func_wrap_async` without enabling async support on the config";

    /// <summary><c>Linker::func_new_async</c> without async support.</summary>
    public const string FuncNewAsync = "cannot use `func_new_async` without enabling async support in the config";

    /// <summary><c>Func::wrap_async</c> without async support.</summary>
    public const string WrapAsync = "cannot use `wrap_async` without enabling async support on the config";

    /// <summary><c>Func::new_async</c> without async support.</summary>
    public const string NewAsync = "cannot use `new_async` without enabling async support in the config";

    /// <summary><c>Store::epoch_deadline_async_yield_and_update</c> without async support.</summary>
    public const string EpochYield = "cannot use `epoch_deadline_async_yield_and_update` without enabling async support in the config";

    /// <summary><c>UpdateDeadline::Yield</c> returned by an epoch deadline callback of a synchronous store.</summary>
    public const string UpdateDeadlineYield = "cannot use `UpdateDeadline::Yield` without enabling async support in the config";

    /// <summary><c>Store::fuel_async_yield_interval</c> without async support.</summary>
    public const string FuelYield = "async support is not configured in this store";

    /// <summary>
    /// <c>Store::limiter_async</c> without async support (Wasmtime only debug-asserts it; the
    /// message follows its pattern).
    /// </summary>
    public const string LimiterAsync = "cannot use `limiter_async` without enabling async support in the config";

    /// <summary>Throws <paramref name="message"/> unless <paramref name="engine"/> has async support.</summary>
    /// <exception cref="InvalidOperationException">The engine has no <see cref="Config.AsyncSupport"/>.</exception>
    public static void Require(Engine engine, string message)
    {
        if (!engine.AsyncSupport)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>Throws <paramref name="message"/> if <paramref name="engine"/> has async support.</summary>
    /// <exception cref="InvalidOperationException">The engine has <see cref="Config.AsyncSupport"/>.</exception>
    public static void Refuse(Engine engine, string message)
    {
        if (engine.AsyncSupport)
        {
            throw new InvalidOperationException(message);
        }
    }
}
