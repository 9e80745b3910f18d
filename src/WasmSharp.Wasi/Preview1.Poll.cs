using System.Net.Sockets;

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    private const byte EventClock = 0;
    private const byte EventFdRead = 1;
    private const byte EventFdWrite = 2;
    private const ushort EventHangup = 1;
    private const ushort SubclockAbstime = 1;

    /// <summary>
    /// <c>poll_oneoff(in, out, nsubscriptions) -> size</c>. Subscriptions are 48 bytes (userdata,
    /// tag u8 at 8, clock {id u32 at 16, timeout at 24, precision at 32, flags u16 at 40} or
    /// fd u32 at 16); events 32 bytes (userdata, error u16 at 8, type u8 at 10, nbytes at 16,
    /// flags u16 at 24). Files and stdio are always ready; sockets are polled. When nothing is
    /// ready the call sleeps until the earliest clock deadline. Following wasmtime-wasi: a single
    /// relative clock subscription is a plain sleep; otherwise both arrays are charged to the
    /// call's <see cref="HostcallFuel"/> (<c>nomem</c>), clocks other than realtime and
    /// monotonic are <c>inval</c>, and an fd subscription on a descriptor that cannot be polled
    /// (closed, a directory, the wrong stdio direction) fails the whole call with <c>badf</c>.
    /// </summary>
    public static Errno PollOneoff(WasiContext ctx, IGuestMemory mem, int inPtr, int outPtr, int nsubscriptions, int neventsPtr)
    {
        try
        {
            if (nsubscriptions == 0)
            {
                return Errno.Inval;
            }

            if (nsubscriptions == 1 && SingleRelativeSleep(ctx, mem, inPtr, outPtr, neventsPtr))
            {
                return Errno.Success;
            }

            var fuel = new HostcallFuel();
            fuel.ConsumeArray((uint)nsubscriptions, 48);
            fuel.ConsumeArray((uint)nsubscriptions, 32);
            var events = new List<PollEvent>();
            var clocks = new List<(ulong UserData, ulong Deadline)>();
            var sockets = new List<(ulong UserData, byte Type, SocketFd Socket)>();
            ulong start = ctx.MonotonicClock();
            for (uint i = 0; i < (uint)nsubscriptions; i++)
            {
                // Subscriptions are read whole, one at a time, like wiggle's `memory.read(sub)`:
                // a bad pointer traps, an undefined tag, clock id or subclockflags bit is a
                // `GuestError::InvalidEnumValue/InvalidFlagValue`, which fails the call with `inval`.
                int sub = Guest.Element(inPtr, i, 48);
                ulong userData = Guest.ReadU64(mem, sub);
                byte tag = Guest.ReadU8(mem, Guest.Element(sub, 1, 8));
                switch (tag)
                {
                    case EventClock:
                    {
                        uint clockId = Guest.ReadU32(mem, Guest.Element(sub, 1, 16));
                        ulong timeout = Guest.ReadU64(mem, Guest.Element(sub, 1, 24));
                        Guest.ReadU64(mem, Guest.Element(sub, 1, 32)); // precision: a hint, but read as part of the record
                        ushort clockFlags = Guest.ReadU16(mem, Guest.Element(sub, 1, 40));
                        if (clockId > 3 || (clockFlags & ~SubclockAbstime) != 0)
                        {
                            return Errno.Inval;
                        }

                        if (clockId is not (ClockRealtime or ClockMonotonic))
                        {
                            // wasmtime-wasi polls only the realtime and monotonic clocks.
                            return Errno.Inval;
                        }

                        bool absolute = (clockFlags & SubclockAbstime) != 0;

                        ulong deadline;
                        if (!absolute)
                        {
                            deadline = SaturatingAdd(start, timeout);
                        }
                        else
                        {
                            // Convert an absolute time on any clock into a monotonic deadline.
                            ulong now = Now(ctx, (int)clockId);
                            deadline = timeout <= now ? start : SaturatingAdd(start, timeout - now);
                        }

                        clocks.Add((userData, deadline));
                        break;
                    }

                    case EventFdRead:
                    case EventFdWrite:
                    {
                        int fd = (int)Guest.ReadU32(mem, Guest.Element(sub, 1, 16));
                        PollEvent? ready = PollFd(ctx, userData, tag, fd, sockets);
                        if (ready is { } ev)
                        {
                            events.Add(ev);
                        }

                        break;
                    }

                    default:
                        return Errno.Inval;
                }
            }

            while (true)
            {
                foreach ((ulong userData, byte type, SocketFd socket) in sockets)
                {
                    if (socket.Socket.Poll(0, type == EventFdRead ? SelectMode.SelectRead : SelectMode.SelectWrite))
                    {
                        ulong available = type == EventFdRead ? (ulong)socket.Socket.Available : 0;
                        events.Add(new PollEvent(userData, Errno.Success, type, available, 0));
                    }
                }

                ulong now = ctx.MonotonicClock();
                foreach ((ulong userData, ulong deadline) in clocks)
                {
                    if (deadline <= now)
                    {
                        events.Add(new PollEvent(userData, Errno.Success, EventClock, 0, 0));
                    }
                }

                if (events.Count > 0 || (clocks.Count == 0 && sockets.Count == 0))
                {
                    break;
                }

                ulong earliest = clocks.Count == 0 ? ulong.MaxValue : clocks.Min(c => c.Deadline);
                ulong waitNs = earliest - now;
                if (sockets.Count > 0)
                {
                    // Sockets are re-polled in short slices; clocks alone need one sleep.
                    waitNs = Math.Min(waitNs, 10_000_000UL);
                }

                Thread.Sleep(TimeSpan.FromTicks((long)Math.Min((waitNs + 99) / 100, (ulong)TimeSpan.FromDays(1).Ticks)));
                if (sockets.Count == 0)
                {
                    // A substituted (virtual) monotonic clock may not advance while we sleep:
                    // the sleep itself satisfied the earliest deadline(s).
                    foreach ((ulong userData, ulong deadline) in clocks)
                    {
                        if (deadline <= Math.Max(earliest, ctx.MonotonicClock()))
                        {
                            events.Add(new PollEvent(userData, Errno.Success, EventClock, 0, 0));
                        }
                    }

                    break;
                }
            }

            for (int i = 0; i < events.Count; i++)
            {
                int ev = Guest.Element(outPtr, (uint)i, 32);
                Guest.WriteU64(mem, ev, events[i].UserData);
                Guest.WriteU16(mem, Guest.Element(ev, 1, 8), (ushort)events[i].Error);
                Guest.WriteU8(mem, Guest.Element(ev, 1, 10), events[i].Type);
                Guest.WriteU64(mem, Guest.Element(ev, 1, 16), events[i].NBytes);
                Guest.WriteU16(mem, Guest.Element(ev, 1, 24), events[i].Flags);
            }

            Guest.WriteU32(mem, neventsPtr, (uint)events.Count);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// wasmtime-wasi's fast path for <c>nsubscriptions == 1</c>: the subscription is read whole
    /// (a bad pointer traps, an undefined tag, clock id or flag is <c>inval</c>) and, when it is a
    /// relative clock, the call sleeps for its timeout and reports it without charging hostcall
    /// fuel. Returns false for any other single subscription, which takes the general path.
    /// </summary>
    private static bool SingleRelativeSleep(WasiContext ctx, IGuestMemory mem, int inPtr, int outPtr, int neventsPtr)
    {
        Guest.Slice(mem, inPtr, 48);
        ulong userData = Guest.ReadU64(mem, inPtr);
        byte tag = Guest.ReadU8(mem, Guest.Element(inPtr, 1, 8));
        if (tag > EventFdWrite)
        {
            throw new WasiErrnoException(Errno.Inval);
        }

        if (tag != EventClock)
        {
            return false;
        }

        uint clockId = Guest.ReadU32(mem, Guest.Element(inPtr, 1, 16));
        ulong timeout = Guest.ReadU64(mem, Guest.Element(inPtr, 1, 24));
        ushort clockFlags = Guest.ReadU16(mem, Guest.Element(inPtr, 1, 40));
        if (clockId > 3 || (clockFlags & ~SubclockAbstime) != 0)
        {
            throw new WasiErrnoException(Errno.Inval);
        }

        if ((clockFlags & SubclockAbstime) != 0)
        {
            return false;
        }

        // std::thread::sleep in Wasmtime: one sleep for the timeout, whatever the clock id.
        Thread.Sleep(TimeSpan.FromTicks((long)Math.Min((timeout + 99) / 100, (ulong)TimeSpan.FromDays(1).Ticks)));

        Guest.WriteU64(mem, outPtr, userData);
        Guest.WriteU16(mem, Guest.Element(outPtr, 1, 8), (ushort)Errno.Success);
        Guest.WriteU8(mem, Guest.Element(outPtr, 1, 10), EventClock);
        Guest.WriteU64(mem, Guest.Element(outPtr, 1, 16), 0);
        Guest.WriteU16(mem, Guest.Element(outPtr, 1, 24), 0);
        Guest.WriteU32(mem, neventsPtr, 1);
        return true;
    }

    /// <summary>Readiness of a non-socket fd right now, or null when it must be polled (sockets). A descriptor
    /// wasmtime-wasi cannot poll fails the whole call with <c>badf</c>.</summary>
    private static PollEvent? PollFd(WasiContext ctx, ulong userData, byte type, int fd, List<(ulong, byte, SocketFd)> sockets)
    {
        FdEntry entry = ctx.Fds.Get(fd);
        if (entry is DirFd || (entry is StreamFd stdio && (type == EventFdRead ? stdio.Input : stdio.Output) is null))
        {
            throw new WasiErrnoException(Errno.Badf);
        }

        if ((entry.RightsBase & Rights.PollFdReadwrite) == 0)
        {
            return new PollEvent(userData, Errno.Notcapable, type, 0, 0);
        }

        switch (entry)
        {
            case FileFd file:
            {
                ulong nbytes = 0;
                if (type == EventFdRead)
                {
                    long length = RandomAccess.GetLength(file.Handle);
                    nbytes = length > file.Position ? (ulong)(length - file.Position) : 0;
                }

                return new PollEvent(userData, Errno.Success, type, nbytes, 0);
            }

            case StreamFd stream:
            {
                // The direction exists: the wrong one was refused above.
                Stream s = (type == EventFdRead ? stream.Input : stream.Output)!;
                if (type == EventFdRead && s.CanSeek)
                {
                    long remaining = Math.Max(0, s.Length - s.Position);
                    return new PollEvent(userData, Errno.Success, type, (ulong)remaining, remaining == 0 ? EventHangup : (ushort)0);
                }

                return new PollEvent(userData, Errno.Success, type, 0, 0);
            }

            case SocketFd socket:
                sockets.Add((userData, type, socket));
                return null;

            default:
                return new PollEvent(userData, Errno.Badf, type, 0, 0);
        }
    }

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
