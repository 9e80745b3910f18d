using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>Writes the values of a CLR value into untyped values, from index 0 (see <see cref="ValMarshal"/>).</summary>
internal delegate void RawWriter<T>(T value, Span<ValRaw> values);
