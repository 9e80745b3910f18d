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
        flags = FdFlagsArg("sock_accept", flags);
        try
        {
            SocketFd listener = GetSocket(ctx, fd, Rights.SockAccept);
            if ((flags & ~(int)FdFlags.Nonblock) != 0)
            {
                // Defined fdflags other than nonblock mean nothing for an accepted socket.
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
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>sock_recv(fd, ri_data, ri_flags) -> (size, roflags)</c>: receives into the first
    /// non-empty iovec, like <c>fd_read</c>.</summary>
    public static Errno SockRecv(WasiContext ctx, IGuestMemory mem, int fd, int riData, int riDataLen, int riFlags, int roDataLenPtr, int roFlagsPtr)
    {
        riFlags = WasiArgs.Flags("sock_recv", "Riflags", riFlags, 16, RiRecvPeek | RiRecvWaitall);
        try
        {
            SocketFd socket = GetSocket(ctx, fd, Rights.FdRead);
            var fuel = new HostcallFuel();
            (int ptr, int len) = Guest.FirstNonEmptyIovec(mem, riData, riDataLen, ref fuel);
            SocketFlags socketFlags = (riFlags & RiRecvPeek) != 0 ? SocketFlags.Peek : SocketFlags.None;
            int n = ReceiveInto(socket, mem, ptr, len, socketFlags);
            while ((riFlags & RiRecvWaitall) != 0 && socketFlags == SocketFlags.None && n > 0 && n < len)
            {
                int more = ReceiveInto(socket, mem, Guest.Element(ptr, (uint)n, 1), len - n, SocketFlags.None);
                if (more == 0)
                {
                    break;
                }

                n += more;
            }

            Guest.WriteU32(mem, roDataLenPtr, (uint)n);
            Guest.WriteU16(mem, roFlagsPtr, 0);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>sock_send(fd, si_data, si_flags) -> size</c>: sends the first non-empty ciovec; no
    /// send flags are defined, so anything but 0 is <c>inval</c>.</summary>
    public static Errno SockSend(WasiContext ctx, IGuestMemory mem, int fd, int siData, int siDataLen, int siFlags, int soDataLenPtr)
    {
        siFlags = WasiArgs.U16("sock_send", siFlags);
        try
        {
            SocketFd socket = GetSocket(ctx, fd, Rights.FdWrite);
            if (siFlags != 0)
            {
                return Errno.Inval;
            }

            var fuel = new HostcallFuel();
            (int ptr, int len) = Guest.FirstNonEmptyIovec(mem, siData, siDataLen, ref fuel);
            Guest.WriteU32(mem, soDataLenPtr, (uint)Send(socket, Guest.Slice(mem, ptr, len).ToArray()));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>sock_shutdown(fd, how)</c>: <c>how</c> is sdflags rd (1) | wr (2).</summary>
    public static Errno SockShutdown(WasiContext ctx, int fd, int how)
    {
        how = WasiArgs.Flags("sock_shutdown", "Sdflags", how, 8, 3);
        try
        {
            SocketFd socket = GetSocket(ctx, fd, Rights.SockShutdown);
            SocketShutdown mode = how switch
            {
                1 => SocketShutdown.Receive,
                2 => SocketShutdown.Send,
                3 => SocketShutdown.Both,
                _ => throw new WasiErrnoException(Errno.Inval), // neither channel named
            };
            socket.Socket.Shutdown(mode);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
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

    /// <summary>Receives into <c>[ptr, ptr + len)</c>; only the bytes received must lie in memory.</summary>
    private static int ReceiveInto(SocketFd socket, IGuestMemory mem, int ptr, int len, SocketFlags flags)
    {
        byte[] buffer = new byte[Math.Min((uint)len, MaxBufferedRead)];
        int n = Receive(socket, buffer, flags);
        buffer.AsSpan(0, n).CopyTo(Guest.Slice(mem, ptr, n));
        return n;
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
