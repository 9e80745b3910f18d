using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Reflection.Emit;

namespace WasmSharp.TestSupport;

/// <summary>
/// Counts the methods RyuJIT compiles with MinOpts while it listens: an in-process listener on the
/// runtime's own event source (<c>Microsoft-Windows-DotNETRuntime</c>, JIT keyword), whose
/// <c>MethodLoadVerbose</c> event carries the optimization tier the JIT used in bits 7-9 of its
/// <c>MethodFlags</c> (1 = <c>MinOptJitted</c>: the JIT gave up optimizing a method too large for it,
/// DESIGN.md decision 1). Linked into the test and benchmark projects as source.
/// </summary>
internal sealed class JitTierListener : EventListener
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private const int MethodLoadVerboseId = 143;
    private const int OptimizationTierShift = 7;
    private const int OptimizationTierMask = 0x7;
    private const int MinOptJitted = 1;

    private readonly ConcurrentQueue<string> _minOpts = new();
    private readonly ConcurrentDictionary<string, byte> _loaded = new(StringComparer.Ordinal);
    private int _sentinels;

    /// <summary>The names (<c>Namespace::Name</c>) of the methods compiled with MinOpts since the last <see cref="TakeMinOpts"/>.</summary>
    public IReadOnlyCollection<string> MinOpts => _minOpts;

    /// <summary>
    /// Waits until the runtime has delivered every JIT event raised so far (events reach a listener
    /// through a buffer, after a delay), then returns and forgets the MinOpts methods seen.
    /// Returns null when the events did not arrive within <paramref name="timeout"/>, so that a
    /// listener that hears nothing (event source disabled) never passes for "no MinOpts".
    /// </summary>
    public IReadOnlyList<string>? TakeMinOpts(TimeSpan timeout)
    {
        string sentinel = $"JitTierSentinel{Interlocked.Increment(ref _sentinels)}_{Environment.ProcessId}";
        var method = new DynamicMethod(sentinel, typeof(int), Type.EmptyTypes);
        ILGenerator il = method.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);
        method.CreateDelegate<Func<int>>()();

        DateTime deadline = DateTime.UtcNow + timeout;
        while (!_loaded.ContainsKey(sentinel))
        {
            if (DateTime.UtcNow > deadline)
            {
                return null;
            }

            Thread.Sleep(10);
        }

        var taken = new List<string>();
        while (_minOpts.TryDequeue(out string? name))
        {
            taken.Add(name);
        }

        _loaded.Clear();
        return taken;
    }

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider)
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != MethodLoadVerboseId || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        string name = Field(names, payload, "MethodName") is string method ? method : "?";
        if (Field(names, payload, "MethodFlags") is uint flags && (int)((flags >> OptimizationTierShift) & OptimizationTierMask) == MinOptJitted)
        {
            _minOpts.Enqueue($"{Field(names, payload, "MethodNamespace")}::{name}");
        }

        if (name.StartsWith("JitTierSentinel", StringComparison.Ordinal))
        {
            _loaded[name] = 0;
        }
    }

    private static object? Field(IReadOnlyList<string> names, IReadOnlyList<object?> payload, string field)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == field)
            {
                return payload[i];
            }
        }

        return null;
    }
}
