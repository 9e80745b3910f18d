using WasmSharp.Binary;

namespace WasmSharp.Tests.Binary;

internal static class DecodeAssert
{
    public static ModuleInfo Decodes(byte[] bytes) => ModuleDecoder.Decode(bytes, WasmFeatures.All);

    /// <summary>Asserts a format error whose reason starts with <paramref name="reason"/>, as the spec runner compares.</summary>
    public static WasmFormatException Malformed(byte[] bytes, string reason)
    {
        var e = Assert.Throws<WasmFormatException>(() => ModuleDecoder.Decode(bytes, WasmFeatures.All));
        Assert.StartsWith(reason, e.Reason);
        return e;
    }
}
