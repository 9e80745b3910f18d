namespace WasmSharp.Wasi;

/// <summary>A stdio descriptor backed by a .NET stream (the host's own stdio when inherited).</summary>
internal sealed class StreamFd : FdEntry
{
    private readonly bool _ownsStream;

    public StreamFd(Stream? input, Stream? output, int hostFd, bool ownsStream)
        : base(RightsSets.StdioBase & ~(input is null ? Rights.FdRead : Rights.None)
            & ~(output is null ? Rights.FdWrite : Rights.None), Rights.None)
    {
        Input = input;
        Output = output;
        HostFd = hostFd;
        _ownsStream = ownsStream;
    }

    public Stream? Input { get; }

    public Stream? Output { get; }

    /// <summary>The host descriptor when inherited (0, 1, 2), else -1.</summary>
    public int HostFd { get; }

    public override WasiFileType FileType => WasiFileType.CharacterDevice;

    public override void Dispose()
    {
        if (_ownsStream)
        {
            Input?.Dispose();
            Output?.Dispose();
        }
    }
}
