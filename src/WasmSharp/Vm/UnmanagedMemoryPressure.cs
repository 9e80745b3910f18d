namespace WasmSharp.Vm;

/// <summary>
/// Tells the GC about linear memory, which it cannot see, so that unreachable instances of
/// undisposed stores are finalized (and their memories freed) in proportion to what they hold.
/// Reported in steps of <see cref="Step"/> rather than per memory: a GC.AddMemoryPressure and
/// RemoveMemoryPressure pair per instantiation made the GC run a gen-2 collection every few
/// dozen instantiations even when every Store was disposed (InstancePre instantiation of
/// mixbench-core: 27 gen-2 collections per 1,000). Steps report the same total within one step.
/// </summary>
internal static class UnmanagedMemoryPressure
{
    /// <summary>The granularity of the reports.</summary>
    public const long Step = 64L << 20;

    private static readonly Lock s_lock = new();
    private static long s_outstanding;
    private static long s_reported;

    /// <summary>Records that <paramref name="bytes"/> more are allocated.</summary>
    public static void Add(ulong bytes) => Change((long)Math.Min(bytes, long.MaxValue / 4));

    /// <summary>Records that <paramref name="bytes"/> were freed.</summary>
    public static void Remove(ulong bytes) => Change(-(long)Math.Min(bytes, long.MaxValue / 4));

    private static void Change(long delta)
    {
        if (delta == 0)
        {
            return;
        }

        lock (s_lock)
        {
            s_outstanding += delta;

            // Report whole steps up to what is outstanding; withdraw a step only once a full step
            // below, so an allocation going back and forth across a boundary does not flap.
            while (s_reported + Step <= s_outstanding)
            {
                GC.AddMemoryPressure(Step);
                s_reported += Step;
            }

            while (s_reported > 0 && s_reported - Step > s_outstanding)
            {
                GC.RemoveMemoryPressure(Step);
                s_reported -= Step;
            }
        }
    }
}
