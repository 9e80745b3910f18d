using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A WebAssembly exception (exception-handling proposal, spec 4.2 "Exception Instances"): thrown by
/// <c>throw</c>/<c>throw_ref</c> and, when no wasm handler catches it, surfacing from
/// <see cref="Func.Call"/> and the other entry points to the host. Mirrors Wasmtime, where such a
/// call returns a <c>ThrownException</c> error and the exception object (<c>ExnRef</c>) holds the
/// tag and the payload. Inside wasm the same object is the <c>exnref</c> value, so catching,
/// storing and re-throwing it keeps its identity. Traps are never <see cref="WasmException"/>s.
/// </summary>
public sealed class WasmException : Exception
{
    /// <summary>
    /// Creates an exception with <paramref name="tag"/> and <paramref name="payload"/> for a host
    /// function to throw: wasm handlers catch it like one thrown by <c>throw</c> (Wasmtime's
    /// <c>Caller::throw</c> of a new <c>ExnRef</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The payload does not match the tag's parameters, or a function reference belongs to another store.</exception>
    public WasmException(Store store, Tag tag, params Val[] payload)
        : base("wasm exception thrown")
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(payload);
        IReadOnlyList<Types.ValType> types = tag.Signature.Params;
        if (payload.Length != types.Count)
        {
            throw new ArgumentException($"expected {types.Count} payload values for the tag, found {payload.Length}", nameof(payload));
        }

        var raw = new ValRaw[payload.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            if (payload[i].Kind != types[i].Kind)
            {
                throw new ArgumentException($"payload value {i} is {payload[i].Type}, the tag expects {types[i]}", nameof(payload));
            }

            raw[i] = payload[i].ToRaw(store.Context);
        }

        TagInstance = tag.Instance;
        RawPayload = raw;
    }

    internal WasmException(TagInstance tag, ValRaw[] payload)
        : base("wasm exception thrown")
    {
        TagInstance = tag;
        RawPayload = payload;
    }

    /// <summary>The tag instance the exception was thrown with.</summary>
    internal TagInstance TagInstance { get; }

    /// <summary>The payload values, in the order of the tag's parameters.</summary>
    internal ValRaw[] RawPayload { get; }

    /// <summary>The exception's tag (Wasmtime's <c>ExnRef::tag</c>); compare with <see cref="Tag.Equals(object?)"/>.</summary>
    public Tag Tag => new(TagInstance);

    /// <summary>The payload values, typed by the tag's parameters (Wasmtime's <c>ExnRef::field</c>).</summary>
    public IReadOnlyList<Val> Payload
    {
        get
        {
            var values = new Val[RawPayload.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Val.FromRaw(RawPayload[i], TagInstance.Signature.Params[i]);
            }

            return values;
        }
    }
}
