using System.Net.Sockets;

namespace WasmSharp.Wasi;

/// <summary>Translates host failures (.NET exceptions, Linux errno values) into WASI errnos.</summary>
internal static class ErrnoMapper
{
    /// <summary>Linux errno numbers (asm-generic/errno*.h) to their WASI namesakes.</summary>
    public static Errno FromLinuxErrno(int errno) => errno switch
    {
        0 => Errno.Success,
        1 => Errno.Perm,
        2 => Errno.Noent,
        3 => Errno.Srch,
        4 => Errno.Intr,
        5 => Errno.Io,
        6 => Errno.Nxio,
        7 => Errno.TooBig,
        8 => Errno.Noexec,
        9 => Errno.Badf,
        10 => Errno.Child,
        11 => Errno.Again,
        12 => Errno.Nomem,
        13 => Errno.Acces,
        14 => Errno.Fault,
        16 => Errno.Busy,
        17 => Errno.Exist,
        18 => Errno.Xdev,
        19 => Errno.Nodev,
        20 => Errno.Notdir,
        21 => Errno.Isdir,
        22 => Errno.Inval,
        23 => Errno.Nfile,
        24 => Errno.Mfile,
        25 => Errno.Notty,
        26 => Errno.Txtbsy,
        27 => Errno.Fbig,
        28 => Errno.Nospc,
        29 => Errno.Spipe,
        30 => Errno.Rofs,
        31 => Errno.Mlink,
        32 => Errno.Pipe,
        33 => Errno.Dom,
        34 => Errno.Range,
        35 => Errno.Deadlk,
        36 => Errno.Nametoolong,
        37 => Errno.Nolck,
        38 => Errno.Nosys,
        39 => Errno.Notempty,
        40 => Errno.Loop,
        42 => Errno.Nomsg,
        43 => Errno.Idrm,
        67 => Errno.Nolink,
        71 => Errno.Proto,
        72 => Errno.Multihop,
        74 => Errno.Badmsg,
        75 => Errno.Overflow,
        84 => Errno.Ilseq,
        88 => Errno.Notsock,
        89 => Errno.Destaddrreq,
        90 => Errno.Msgsize,
        91 => Errno.Prototype,
        92 => Errno.Noprotoopt,
        93 => Errno.Protonosupport,
        95 => Errno.Notsup,
        97 => Errno.Afnosupport,
        98 => Errno.Addrinuse,
        99 => Errno.Addrnotavail,
        100 => Errno.Netdown,
        101 => Errno.Netunreach,
        102 => Errno.Netreset,
        103 => Errno.Connaborted,
        104 => Errno.Connreset,
        105 => Errno.Nobufs,
        106 => Errno.Isconn,
        107 => Errno.Notconn,
        110 => Errno.Timedout,
        111 => Errno.Connrefused,
        113 => Errno.Hostunreach,
        114 => Errno.Already,
        115 => Errno.Inprogress,
        116 => Errno.Stale,
        122 => Errno.Dquot,
        125 => Errno.Canceled,
        130 => Errno.Ownerdead,
        131 => Errno.Notrecoverable,
        _ => Errno.Io,
    };

    /// <summary>
    /// Whether <paramref name="exception"/> is a WASI condition (an errno raised by our own checks,
    /// or a file-system / socket failure the host OS reported) and which errno it is. On Unix .NET
    /// sets <see cref="Exception.HResult"/> of an <see cref="IOException"/> to the raw errno, which
    /// is more precise than the exception type. Anything else (our bugs, misuse of a handle, a
    /// stream that cannot do what the guest asked) is not: it propagates and the linker glue turns
    /// it into a trap, as wasmtime-wasi does with every error that is not an <c>ErrorCode</c>.
    /// </summary>
    public static bool TryFromException(Exception exception, out Errno errno)
    {
        errno = exception switch
        {
            WasiErrnoException e => e.Errno,
            FileNotFoundException => Errno.Noent,
            DirectoryNotFoundException => Errno.Noent,
            PathTooLongException => Errno.Nametoolong,
            IOException e when OperatingSystem.IsLinux() && e.HResult is > 0 and < 200 => FromLinuxErrno(e.HResult),
            IOException e => FromWindowsHResult(e.HResult),
            UnauthorizedAccessException => Errno.Acces,
            SocketException e => FromSocketError(e.SocketErrorCode),
            _ => Errno.Success,
        };
        return errno != Errno.Success;
    }

    private static Errno FromWindowsHResult(int hresult) => (hresult & 0xFFFF) switch
    {
        2 or 3 => Errno.Noent,
        5 => Errno.Acces,
        32 or 33 => Errno.Busy,
        80 or 183 => Errno.Exist,
        112 => Errno.Nospc,
        145 => Errno.Notempty,
        267 => Errno.Notdir,
        _ => Errno.Io,
    };

    public static Errno FromSocketError(SocketError error) => error switch
    {
        SocketError.Success => Errno.Success,
        SocketError.WouldBlock or SocketError.TryAgain => Errno.Again,
        SocketError.ConnectionReset => Errno.Connreset,
        SocketError.ConnectionAborted => Errno.Connaborted,
        SocketError.ConnectionRefused => Errno.Connrefused,
        SocketError.NotConnected => Errno.Notconn,
        SocketError.IsConnected => Errno.Isconn,
        SocketError.Shutdown => Errno.Pipe,
        SocketError.TimedOut => Errno.Timedout,
        SocketError.MessageSize => Errno.Msgsize,
        SocketError.NoBufferSpaceAvailable => Errno.Nobufs,
        SocketError.InvalidArgument => Errno.Inval,
        SocketError.OperationNotSupported => Errno.Notsup,
        SocketError.NotSocket => Errno.Notsock,
        SocketError.Interrupted => Errno.Intr,
        SocketError.NetworkDown => Errno.Netdown,
        SocketError.NetworkUnreachable => Errno.Netunreach,
        SocketError.HostUnreachable => Errno.Hostunreach,
        SocketError.AccessDenied => Errno.Acces,
        _ => Errno.Io,
    };
}
