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
