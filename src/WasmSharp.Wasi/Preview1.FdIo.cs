using System.Net.Sockets;
using System.Text;

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary>
    /// <c>fd_read(fd, iovs) -> size</c>: reads at the current position into the first non-empty
    /// iovec only, as wasmtime-wasi's <c>fd_read</c> does (<c>first_non_empty_iovec</c>); a short
    /// read is what readv may return, and wasi-libc loops. The iovecs are read (and charged to
    /// the call's <see cref="HostcallFuel"/>) before the descriptor is looked up, as there.
    /// </summary>
    public static Errno FdRead(WasiContext ctx, IGuestMemory mem, int fd, int iovs, int iovsLen, int nreadPtr)
    {
        try
        {
            var fuel = new HostcallFuel();
            (int ptr, int len) = Guest.FirstNonEmptyIovec(mem, iovs, iovsLen, ref fuel);
            FdEntry entry = ctx.Fds.Get(fd);
            int n;
            switch (entry)
            {
                case FileFd file:
                {
                    file.Require(Rights.FdRead);
                    RequireReadable(file);
                    n = RandomAccess.Read(file.Handle, Guest.Slice(mem, ptr, len), file.Position);
                    file.Position += n;
                    break;
                }

                case StreamFd stream:
                {
                    if (stream.Input is null)
                    {
                        return Errno.Badf;
                    }

                    stream.Require(Rights.FdRead);
                    n = ReadStream(stream.Input, mem, ptr, len);
                    break;
                }

                case SocketFd socket:
                {
                    socket.Require(Rights.FdRead);
                    n = ReceiveInto(socket, mem, ptr, len, SocketFlags.None);
                    break;
                }

                default:
                    return Errno.Badf;
            }

            Guest.WriteU32(mem, nreadPtr, (uint)n);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_pread(fd, iovs, offset) -> size</c>: reads at <c>offset</c> into the first non-empty
    /// iovec without moving the position; only the bytes read must lie in memory (wasmtime-wasi
    /// copies what the read stream returned). As there, the iovecs come first; stdin is
    /// <c>spipe</c> and every other kind that is not a file (stdout, stderr, directories) <c>badf</c>.</summary>
    public static Errno FdPread(WasiContext ctx, IGuestMemory mem, int fd, int iovs, int iovsLen, long offset, int nreadPtr)
    {
        try
        {
            var fuel = new HostcallFuel();
            (int ptr, int len) = Guest.FirstNonEmptyIovec(mem, iovs, iovsLen, ref fuel);
            if (ctx.Fds.Get(fd) is StreamFd { Input: not null } or SocketFd)
            {
                return Errno.Spipe;
            }

            FileFd file = GetFile(ctx, fd, Rights.FdRead | Rights.FdSeek);
            RequireReadable(file);
            if (offset < 0)
            {
                return Errno.Inval;
            }

            byte[] buffer = new byte[Math.Min((uint)len, MaxBufferedRead)];
            int n = RandomAccess.Read(file.Handle, buffer, offset);
            buffer.AsSpan(0, n).CopyTo(Guest.Slice(mem, ptr, n));
            Guest.WriteU32(mem, nreadPtr, (uint)n);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>fd_write(fd, iovs) -> size</c>: writes the first non-empty ciovec (wasmtime-wasi's
    /// <c>fd_write_impl</c> with <c>first_non_empty_ciovec</c>) at the position, or at the end in
    /// append mode. The ciovecs are read (and charged to the call's <see cref="HostcallFuel"/>)
    /// before the descriptor is looked up, as there.
    /// </summary>
    public static Errno FdWrite(WasiContext ctx, IGuestMemory mem, int fd, int iovs, int iovsLen, int nwrittenPtr)
    {
        try
        {
            var fuel = new HostcallFuel();
            (int ptr, int len) = Guest.FirstNonEmptyIovec(mem, iovs, iovsLen, ref fuel);
            FdEntry entry = ctx.Fds.Get(fd);
            int n;
            switch (entry)
            {
                case FileFd file:
                {
                    file.Require(Rights.FdWrite);
                    RequireWritable(file);
                    Span<byte> data = Guest.Slice(mem, ptr, len);
                    long at = (file.Flags & FdFlags.Append) != 0 ? RandomAccess.GetLength(file.Handle) : file.Position;
                    RandomAccess.Write(file.Handle, data, at);
                    file.Position = at + data.Length;
                    n = data.Length;
                    break;
                }

                case StreamFd stream:
                {
                    if (stream.Output is null)
                    {
                        return Errno.Badf;
                    }

                    stream.Require(Rights.FdWrite);
                    Span<byte> data = Guest.Slice(mem, ptr, len);
                    stream.Output.Write(data);
                    stream.Output.Flush();
                    n = data.Length;
                    break;
                }

                case SocketFd socket:
                {
                    socket.Require(Rights.FdWrite);
                    n = Send(socket, Guest.Slice(mem, ptr, len).ToArray());
                    break;
                }

                default:
                    return Errno.Badf;
            }

            Guest.WriteU32(mem, nwrittenPtr, (uint)n);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>fd_pwrite(fd, iovs, offset) -> size</c>: writes the first non-empty ciovec at
    /// <c>offset</c> without moving the position. In append mode the data goes to the end, as
    /// Linux's pwrite does with O_APPEND. The ciovecs come first; stdout and stderr are
    /// <c>spipe</c>, stdin and directories <c>badf</c> (wasmtime-wasi's <c>fd_write_impl</c>).
    /// </summary>
    public static Errno FdPwrite(WasiContext ctx, IGuestMemory mem, int fd, int iovs, int iovsLen, long offset, int nwrittenPtr)
    {
        try
        {
            var fuel = new HostcallFuel();
            (int ptr, int len) = Guest.FirstNonEmptyIovec(mem, iovs, iovsLen, ref fuel);
            if (ctx.Fds.Get(fd) is StreamFd { Output: not null } or SocketFd)
            {
                return Errno.Spipe;
            }

            FileFd file = GetFile(ctx, fd, Rights.FdWrite | Rights.FdSeek);
            RequireWritable(file);
            if (offset < 0)
            {
                return Errno.Inval;
            }

            Span<byte> data = Guest.Slice(mem, ptr, len);
            long at = (file.Flags & FdFlags.Append) != 0 ? RandomAccess.GetLength(file.Handle) : offset;
            RandomAccess.Write(file.Handle, data, at);
            Guest.WriteU32(mem, nwrittenPtr, (uint)data.Length);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>The most one read from a stream or at an offset buffers before copying to the guest.</summary>
    private const uint MaxBufferedRead = 64 * 1024 * 1024;

    /// <summary>Reads from a stream into <c>[ptr, ptr + len)</c>; only the bytes read must lie in memory,
    /// as wasmtime-wasi copies what <c>blocking_read</c> returned.</summary>
    private static int ReadStream(Stream input, IGuestMemory mem, int ptr, int len)
    {
        if (len == 0)
        {
            return 0;
        }

        byte[] buffer = new byte[Math.Min((uint)len, MaxBufferedRead)];
        int n = input.Read(buffer);
        buffer.AsSpan(0, n).CopyTo(Guest.Slice(mem, ptr, n));
        return n;
    }

    /// <summary>
    /// <c>fd_readdir(fd, buf, buf_len, cookie) -> size</c>. Entries are <c>.</c>, <c>..</c>, then
    /// the directory's names in ordinal order; the cookie of an entry is its index + 1, so a
    /// cookie stays valid across calls. Each dirent is 24 bytes (d_next, d_ino, d_namlen at 16,
    /// d_type at 20) followed by the name; the last one is cut at <c>buf_len</c>, which is how the
    /// guest learns to call again with a bigger buffer.
    /// </summary>
    public static Errno FdReaddir(WasiContext ctx, IGuestMemory mem, int fd, int buf, int bufLen, long cookie, int bufusedPtr)
    {
        try
        {
            FdEntry entry = ctx.Fds.Get(fd);
            if (entry is not DirFd dir)
            {
                return entry is FileFd ? Errno.Notdir : Errno.Badf;
            }

            dir.Require(Rights.FdReaddir);
            if ((dir.DirPerms & WasiDirPerms.Read) == 0)
            {
                return Errno.Perm;
            }

            var names = new List<string> { ".", ".." };
            names.AddRange(Directory.EnumerateFileSystemEntries(dir.HostPath)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal));

            // Like wasmtime-wasi, only the bytes written must lie in memory, not the whole buffer.
            uint capacity = (uint)bufLen;
            uint used = 0;
            Span<byte> header = stackalloc byte[24];
            for (long i = Math.Max(0, cookie); i < names.Count && used < capacity; i++)
            {
                string name = names[(int)i];
                string hostPath = name == "." ? dir.HostPath : name == ".." ? Path.Join(dir.HostPath, "..") : Path.Join(dir.HostPath, name);
                ulong ino = 0;
                WasiFileType type = WasiFileType.Unknown;
                if (HostFs.Stat(hostPath, follow: false, out Native.Stat stat) == Errno.Success)
                {
                    ino = stat.Ino;
                    type = stat.FileType;
                }

                byte[] nameBytes = Encoding.UTF8.GetBytes(name);
                header.Clear();
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)(i + 1));
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(header[8..], ino);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)nameBytes.Length);
                header[20] = (byte)type;
                used += CopyClipped(mem, header, buf, used, capacity);
                used += CopyClipped(mem, nameBytes, buf, used, capacity);
            }

            Guest.WriteU32(mem, bufusedPtr, used);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>Copies as much of <paramref name="source"/> as fits below <paramref name="capacity"/> to
    /// <c>buf + used</c>; only the bytes copied are bounds-checked.</summary>
    private static uint CopyClipped(IGuestMemory mem, ReadOnlySpan<byte> source, int buf, uint used, uint capacity)
    {
        uint n = Math.Min((uint)source.Length, capacity - used);
        source[..(int)n].CopyTo(Guest.Slice(mem, Guest.Element(buf, used, 1), (int)n));
        return n;
    }
}
