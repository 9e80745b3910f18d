using System.Net.Sockets;

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    private const int RiRecvPeek = 1;
    private const int RiRecvWaitall = 2;

    /// <summary><c>sock_accept(fd, flags) -> fd</c>: accepts on a handed-in listening socket.
    /// With <c>nonblock</c> on the listener and nothing pending, <c>again</c>.</summary>
    public static Errno SockAccept(WasiContext ctx, IGuestMemory mem, int fd, int flags, int newFdPtr)
    {
        try
        {
            SocketFd listener = GetSocket(ctx, fd, Rights.SockAccept);
            if ((flags & ~(int)FdFlags.Nonblock) != 0)
            {
                return Errno.Inval;
            }

            if ((listener.Flags & FdFlags.Nonblock) != 0 && !listener.Socket.Poll(0, SelectMode.SelectRead))
            {
                return Errno.Again;
            }

            Socket accepted = listener.Socket.Accept();
            accepted.Blocking = (flags & (int)FdFlags.Nonblock) == 0;
            var entry = new SocketFd(accepted) { Flags = (FdFlags)flags };
            entry.RightsBase &= ~(Rights.SockAccept);
            Guest.WriteU32(mem, newFdPtr, (uint)ctx.Fds.Insert(entry));
            return Errno.Success;
        }
        catch (Exception e) when (e is not WasiExit)
        {
            return Fail(e);
        }
    }

    /// <summary><c>sock_recv(fd, ri_data, ri_flags) -> (size, roflags)</c>.</summary>
    public static Errno SockRecv(WasiContext ctx, IGuestMemory mem, int fd, int riData, int riDataLen, int riFlags, int roDataLenPtr, int roFlagsPtr)
    {
        try
        {
            SocketFd socket = GetSocket(ctx, fd, Rights.FdRead);
            if ((riFlags & ~(RiRecvPeek | RiRecvWaitall)) != 0)
            {
                return Errno.Inval;
            }

            (int Ptr, int Len)[] vecs = Guest.ReadIovecs(mem, riData, riDataLen);
            byte[] buffer = new byte[Guest.TotalLength(vecs)];
            SocketFlags socketFlags = (riFlags & RiRecvPeek) != 0 ? SocketFlags.Peek : SocketFlags.None;
            int n = Receive(socket, buffer, socketFlags);
            while ((riFlags & RiRecvWaitall) != 0 && socketFlags == SocketFlags.None && n > 0 && n < buffer.Length)
            {
                byte[] rest = new byte[buffer.Length - n];
                int more = Receive(socket, rest, SocketFlags.None);
                if (more == 0)
                {
                    break;
                }

                rest.AsSpan(0, more).CopyTo(buffer.AsSpan(n));
                n += more;
            }

            Guest.Scatter(mem, vecs, buffer.AsSpan(0, n));
            Guest.WriteU32(mem, roDataLenPtr, (uint)n);
            Guest.WriteU16(mem, roFlagsPtr, 0);
            return Errno.Success;
        }
        catch (Exception e) when (e is not WasiExit)
        {
            return Fail(e);
        }
    }

    /// <summary><c>sock_send(fd, si_data, si_flags) -> size</c>; no send flags are defined.</summary>
    public static Errno SockSend(WasiContext ctx, IGuestMemory mem, int fd, int siData, int siDataLen, int siFlags, int soDataLenPtr)
    {
        try
        {
            SocketFd socket = GetSocket(ctx, fd, Rights.FdWrite);
            if (siFlags != 0)
            {
                return Errno.Inval;
            }

            byte[] data = Guest.Gather(mem, Guest.ReadIovecs(mem, siData, siDataLen));
            Guest.WriteU32(mem, soDataLenPtr, (uint)Send(socket, data));
            return Errno.Success;
        }
        catch (Exception e) when (e is not WasiExit)
        {
            return Fail(e);
        }
    }

    /// <summary><c>sock_shutdown(fd, how)</c>: <c>how</c> is sdflags rd (1) | wr (2).</summary>
    public static Errno SockShutdown(WasiContext ctx, int fd, int how)
    {
        try
        {
            SocketFd socket = GetSocket(ctx, fd, Rights.SockShutdown);
            SocketShutdown mode = how switch
            {
                1 => SocketShutdown.Receive,
                2 => SocketShutdown.Send,
                3 => SocketShutdown.Both,
                _ => throw new WasiErrnoException(Errno.Inval),
            };
            socket.Socket.Shutdown(mode);
            return Errno.Success;
        }
        catch (Exception e) when (e is not WasiExit)
        {
            return Fail(e);
        }
    }

    private static SocketFd GetSocket(WasiContext ctx, int fd, Rights required)
    {
        if (ctx.Fds.Get(fd) is not SocketFd socket)
        {
            throw new WasiErrnoException(Errno.Notsock);
        }

        socket.Require(required);
        return socket;
    }

    /// <summary>A receive that reports a non-blocking socket with no data as <c>again</c>.</summary>
    private static int Receive(SocketFd socket, byte[] buffer, SocketFlags flags)
    {
        int n = socket.Socket.Receive(buffer, 0, buffer.Length, flags, out SocketError error);
        if (error != SocketError.Success)
        {
            throw new WasiErrnoException(ErrnoMapper.FromSocketError(error));
        }

        return n;
    }

    private static int Send(SocketFd socket, byte[] data)
    {
        int n = socket.Socket.Send(data, 0, data.Length, SocketFlags.None, out SocketError error);
        if (error != SocketError.Success)
        {
            throw new WasiErrnoException(ErrnoMapper.FromSocketError(error));
        }

        return n;
    }
}
