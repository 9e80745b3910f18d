namespace WasmSharp.Wasi;

/// <summary>
/// The per-call budget of guest bytes a preview 1 function may copy into the host, like
/// wasmtime-wasi's <c>WasiP1Ctx::consume_fuel</c>: wiggle resets it to the store's hostcall fuel
/// (Wasmtime's <c>Store::set_hostcall_fuel</c>, 128 MiB by default) at every call, and
/// <c>first_non_empty_iovec</c>, <c>read_string</c> and <c>poll_oneoff</c> charge the byte size
/// of the arrays and strings they would copy before touching them. Running out is <c>nomem</c>,
/// which bounds what a guest can make the host allocate in one call.
/// </summary>
internal struct HostcallFuel
{
    /// <summary>Wasmtime's default hostcall fuel: 128 MiB.</summary>
    public const long PerCall = 128L * 1024 * 1024;

    private long _used;

    /// <summary>Charges <paramref name="bytes"/>; <c>nomem</c> when the call's budget would be exceeded.</summary>
    public void Consume(ulong bytes)
    {
        if (bytes > (ulong)(PerCall - _used))
        {
            throw new WasiErrnoException(Errno.Nomem);
        }

        _used += (long)bytes;
    }

    /// <summary>Charges an array of <paramref name="count"/> elements of <paramref name="elementSize"/> bytes
    /// (<c>consume_fuel_for_array</c>).</summary>
    public void ConsumeArray(uint count, uint elementSize) => Consume((ulong)count * elementSize);
}
