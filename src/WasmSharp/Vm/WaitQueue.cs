using System.Diagnostics;

namespace WasmSharp.Vm;

/// <summary>
/// <c>memory.atomic.wait32/64</c> and <c>memory.atomic.notify</c> (threads proposal, "Wait and
/// Notify"; Wasmtime's <c>ParkingSpot</c>): waiters queue per native address, in arrival order, under
/// one monitor. Shared memories never move, so the native address identifies the cell across all
/// instances and threads sharing the memory. Comparing the value and enqueueing happen under the
/// monitor that <c>notify</c> takes, so a store followed by a notify cannot slip between them.
/// </summary>
internal static unsafe class WaitQueue
{
    private static readonly object s_lock = new();
    private static readonly Dictionary<nint, LinkedList<Waiter>> s_queues = new();

    /// <summary>
    /// <c>memory.atomic.wait32</c> at checked native <paramref name="address"/>: 0 when woken,
    /// 1 when the cell does not hold <paramref name="expected"/>, 2 on timeout (negative: none).
    /// </summary>
    public static int Wait32(nint address, int expected, long timeoutNanoseconds, int memory, InstanceContext cx)
    {
        CheckShared(memory, cx);
        return Wait32(address, expected, timeoutNanoseconds);
    }

    /// <summary><see cref="Wait32(nint, int, long, int, InstanceContext)"/> on a memory known to be shared.</summary>
    public static int Wait32(nint address, int expected, long timeoutNanoseconds)
    {
        lock (s_lock)
        {
            return Volatile.Read(ref *(int*)address) != expected ? 1 : Park(address, timeoutNanoseconds);
        }
    }

    /// <summary><c>memory.atomic.wait64</c>, as <see cref="Wait32(nint, int, long, int, InstanceContext)"/> on an i64 cell.</summary>
    public static int Wait64(nint address, long expected, long timeoutNanoseconds, int memory, InstanceContext cx)
    {
        CheckShared(memory, cx);
        return Wait64(address, expected, timeoutNanoseconds);
    }

    /// <summary><see cref="Wait64(nint, long, long, int, InstanceContext)"/> on a memory known to be shared.</summary>
    public static int Wait64(nint address, long expected, long timeoutNanoseconds)
    {
        lock (s_lock)
        {
            return Volatile.Read(ref *(long*)address) != expected ? 1 : Park(address, timeoutNanoseconds);
        }
    }

    /// <summary>
    /// <c>memory.atomic.notify</c>: wakes up to <paramref name="count"/> (unsigned) waiters on
    /// <paramref name="address"/>, oldest first, and returns how many it woke. An unshared memory
    /// has no waiters, so notifying it returns 0.
    /// </summary>
    public static int Notify(nint address, int count, int memory, InstanceContext cx)
    {
        return cx.Memories[memory].Type.Shared ? Notify(address, count) : 0;
    }

    /// <summary><see cref="Notify(nint, int, int, InstanceContext)"/> on a memory known to be shared.</summary>
    public static int Notify(nint address, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        lock (s_lock)
        {
            if (!s_queues.TryGetValue(address, out LinkedList<Waiter>? queue))
            {
                return 0;
            }

            int woken = 0;
            while (queue.First is LinkedListNode<Waiter> first && (uint)woken < (uint)count)
            {
                first.Value.Notified = true;
                queue.RemoveFirst();
                woken++;
            }

            if (queue.Count == 0)
            {
                s_queues.Remove(address);
            }

            Monitor.PulseAll(s_lock);
            return woken;
        }
    }

    private static void CheckShared(int memory, InstanceContext cx)
    {
        if (!cx.Memories[memory].Type.Shared)
        {
            throw TrapHelpers.Create(TrapCode.AtomicWaitNonSharedMemory);
        }
    }

    // Called with s_lock held.
    private static int Park(nint address, long timeoutNanoseconds)
    {
        if (!s_queues.TryGetValue(address, out LinkedList<Waiter>? queue))
        {
            queue = new LinkedList<Waiter>();
            s_queues[address] = queue;
        }

        var waiter = new Waiter();
        LinkedListNode<Waiter> node = queue.AddLast(waiter);
        long start = Stopwatch.GetTimestamp();
        while (!waiter.Notified)
        {
            if (timeoutNanoseconds < 0)
            {
                Monitor.Wait(s_lock);
                continue;
            }

            TimeSpan remaining = TimeSpan.FromTicks(timeoutNanoseconds / 100) - Stopwatch.GetElapsedTime(start);
            if (remaining <= TimeSpan.Zero)
            {
                queue.Remove(node);
                if (queue.Count == 0)
                {
                    s_queues.Remove(address);
                }

                return 2;
            }

            // Monitor.Wait takes at most int.MaxValue milliseconds; a longer timeout just loops.
            Monitor.Wait(s_lock, remaining.TotalMilliseconds >= int.MaxValue ? TimeSpan.FromMilliseconds(int.MaxValue - 1) : remaining);
        }

        return 0;
    }

    private sealed class Waiter
    {
        public bool Notified;
    }
}
