namespace WasmSharp;

/// <summary>The cached writer of tuple type <typeparamref name="T"/>, built once on first use.</summary>
internal static class TupleWriter<T>
{
    /// <summary>Writes the tuple's elements from index 0.</summary>
    public static readonly RawWriter<T> Write = ValMarshal.BuildTupleWriter<T>();
}
