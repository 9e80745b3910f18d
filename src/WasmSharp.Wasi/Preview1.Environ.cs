namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary><c>environ_sizes_get() -> (size, size)</c>: variable count and total bytes of the <c>KEY=VALUE\0</c> strings.</summary>
    public static Errno EnvironSizesGet(WasiContext ctx, IGuestMemory mem, int countPtr, int bufSizePtr) =>
        SizesGet(ctx.Environment, mem, countPtr, bufSizePtr);

    /// <summary><c>environ_get(environ, environ_buf)</c>: like <c>args_get</c> for <c>KEY=VALUE</c> strings.</summary>
    public static Errno EnvironGet(WasiContext ctx, IGuestMemory mem, int environ, int environBuf) =>
        StringsGet(ctx.Environment, mem, environ, environBuf);
}
