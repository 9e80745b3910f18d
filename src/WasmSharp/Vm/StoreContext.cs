namespace WasmSharp.Vm;

/// <summary>
/// State shared by every instance of one store and read by compiled code: the stack limit (and,
/// later, fuel and epoch deadlines). A store is used by one thread at a time, like Wasmtime's
/// <c>Store</c>, so the limit of the thread currently running wasm lives here.
/// </summary>
internal sealed class StoreContext
{
    /// <summary>Wasmtime's default <c>Config::max_wasm_stack</c>: 512 KiB.</summary>
    public const int DefaultMaxWasmStack = 512 * 1024;

    /// <summary>
    /// Stack kept free below the limit for what runs after a check passes: the trap's exception
    /// dispatch, runtime helpers and host functions called from wasm.
    /// </summary>
    public const int Reserve = 128 * 1024;

    /// <summary>
    /// Lowest stack address wasm code may use; compiled code compares the address of a local with
    /// it (DESIGN.md decision 5). Zero while no wasm runs on this store.
    /// </summary>
    public nuint StackLimit;

    private int _depth;

    /// <summary>Creates a store context allowing <paramref name="maxWasmStack"/> bytes of wasm stack.</summary>
    public StoreContext(int maxWasmStack = DefaultMaxWasmStack)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWasmStack);
        MaxWasmStack = maxWasmStack;
    }

    /// <summary>Bytes of stack wasm code may use below the outermost host-to-wasm entry.</summary>
    public int MaxWasmStack { get; }

    /// <summary>
    /// Marks entry from the host into wasm. The outermost entry sets the limit relative to the
    /// current stack pointer; nested entries (wasm → host → wasm) keep it so the whole chain shares
    /// one budget.
    /// </summary>
    public unsafe void Enter()
    {
        if (_depth++ == 0)
        {
            byte marker = 0;
            nuint here = (nuint)(&marker);
            nuint limit = here > (nuint)MaxWasmStack ? here - (nuint)MaxWasmStack : 1;

            // On a thread whose stack is smaller than the budget, stop short of its real end.
            nuint low = ThreadStack.Low;
            if (low != 0)
            {
                nuint floor = low + Reserve;
                limit = Math.Min(Math.Max(limit, floor), here);
            }

            StackLimit = limit;
        }
    }

    /// <summary>Marks the return of a host-to-wasm entry.</summary>
    public void Exit()
    {
        if (--_depth == 0)
        {
            StackLimit = 0;
        }
    }
}
