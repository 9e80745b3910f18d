using System.Net.Sockets;

namespace WasmSharp.Wasi;

/// <summary>A socket the host handed in (WASI preview 1 cannot create sockets itself).</summary>
internal sealed class SocketFd : FdEntry
{
    public SocketFd(Socket socket)
        : base(RightsSets.SocketBase, RightsSets.SocketBase)
    {
        Socket = socket;
    }

    public Socket Socket { get; }

    public override WasiFileType FileType =>
        Socket.SocketType == SocketType.Dgram ? WasiFileType.SocketDgram : WasiFileType.SocketStream;

    public override void Dispose() => Socket.Dispose();
}
