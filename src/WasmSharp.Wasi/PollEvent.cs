namespace WasmSharp.Wasi;

/// <summary>One <c>event</c> record that <c>poll_oneoff</c> reports.</summary>
internal readonly record struct PollEvent(ulong UserData, Errno Error, byte Type, ulong NBytes, ushort Flags);
