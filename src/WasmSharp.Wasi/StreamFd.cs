namespace WasmSharp.Wasi;

/// <summary>A stdio descriptor backed by a .NET stream (the host's own stdio when inherited).</summary>
internal sealed class StreamFd : FdEntry
{
    private readonly bool _ownsStream;
    private readonly bool _isTerminal;

    /// <param name="input">The stream the guest reads, or null.</param>
    /// <param name="output">The stream the guest writes, or null.</param>
    /// <param name="ownsStream">Whether disposing the descriptor disposes the stream.</param>
    /// <param name="isTerminal">Whether the stream is a terminal (see <see cref="FileType"/>).</param>
    public StreamFd(Stream? input, Stream? output, bool ownsStream, bool isTerminal)
        : base(RightsSets.StdioBase & ~(input is null ? Rights.FdRead : Rights.None)
            & ~(output is null ? Rights.FdWrite : Rights.None), Rights.None)
    {
        Input = input;
        Output = output;
        _ownsStream = ownsStream;
        _isTerminal = isTerminal;
    }

    public Stream? Input { get; }

    public Stream? Output { get; }

    /// <summary>
    /// A character device when the stream is a terminal, else unknown: as Wasmtime's preview 1
    /// reports stdio (its <c>IsATTY</c>). wasi-libc's <c>isatty</c> takes a character device without
    /// seek and tell rights for a terminal, and from that its stdout chooses line buffering, and
    /// programs such as the SQLite shell choose an interactive mode; a redirected stream must not
    /// look like one.
    /// </summary>
    public override WasiFileType FileType => _isTerminal ? WasiFileType.CharacterDevice : WasiFileType.Unknown;

    public override void Dispose()
    {
        if (_ownsStream)
        {
            Input?.Dispose();
            Output?.Dispose();
        }
    }
}
