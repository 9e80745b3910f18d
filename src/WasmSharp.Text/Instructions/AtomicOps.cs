namespace WasmSharp.Text.Instructions;

/// <summary>Atomic memory instructions of the threads proposal (0xFE prefix).</summary>
internal static class AtomicOps
{
    public const string Table = """
        memory.atomic.notify FE:0 MemArg 2
        memory.atomic.wait32 FE:1 MemArg 2
        memory.atomic.wait64 FE:2 MemArg 3
        atomic.fence FE:3 Fence
        i32.atomic.load FE:10 MemArg 2
        i64.atomic.load FE:11 MemArg 3
        i32.atomic.load8_u FE:12 MemArg 0
        i32.atomic.load16_u FE:13 MemArg 1
        i64.atomic.load8_u FE:14 MemArg 0
        i64.atomic.load16_u FE:15 MemArg 1
        i64.atomic.load32_u FE:16 MemArg 2
        i32.atomic.store FE:17 MemArg 2
        i64.atomic.store FE:18 MemArg 3
        i32.atomic.store8 FE:19 MemArg 0
        i32.atomic.store16 FE:1A MemArg 1
        i64.atomic.store8 FE:1B MemArg 0
        i64.atomic.store16 FE:1C MemArg 1
        i64.atomic.store32 FE:1D MemArg 2
        i32.atomic.rmw.add FE:1E MemArg 2
        i64.atomic.rmw.add FE:1F MemArg 3
        i32.atomic.rmw8.add_u FE:20 MemArg 0
        i32.atomic.rmw16.add_u FE:21 MemArg 1
        i64.atomic.rmw8.add_u FE:22 MemArg 0
        i64.atomic.rmw16.add_u FE:23 MemArg 1
        i64.atomic.rmw32.add_u FE:24 MemArg 2
        i32.atomic.rmw.sub FE:25 MemArg 2
        i64.atomic.rmw.sub FE:26 MemArg 3
        i32.atomic.rmw8.sub_u FE:27 MemArg 0
        i32.atomic.rmw16.sub_u FE:28 MemArg 1
        i64.atomic.rmw8.sub_u FE:29 MemArg 0
        i64.atomic.rmw16.sub_u FE:2A MemArg 1
        i64.atomic.rmw32.sub_u FE:2B MemArg 2
        i32.atomic.rmw.and FE:2C MemArg 2
        i64.atomic.rmw.and FE:2D MemArg 3
        i32.atomic.rmw8.and_u FE:2E MemArg 0
        i32.atomic.rmw16.and_u FE:2F MemArg 1
        i64.atomic.rmw8.and_u FE:30 MemArg 0
        i64.atomic.rmw16.and_u FE:31 MemArg 1
        i64.atomic.rmw32.and_u FE:32 MemArg 2
        i32.atomic.rmw.or FE:33 MemArg 2
        i64.atomic.rmw.or FE:34 MemArg 3
        i32.atomic.rmw8.or_u FE:35 MemArg 0
        i32.atomic.rmw16.or_u FE:36 MemArg 1
        i64.atomic.rmw8.or_u FE:37 MemArg 0
        i64.atomic.rmw16.or_u FE:38 MemArg 1
        i64.atomic.rmw32.or_u FE:39 MemArg 2
        i32.atomic.rmw.xor FE:3A MemArg 2
        i64.atomic.rmw.xor FE:3B MemArg 3
        i32.atomic.rmw8.xor_u FE:3C MemArg 0
        i32.atomic.rmw16.xor_u FE:3D MemArg 1
        i64.atomic.rmw8.xor_u FE:3E MemArg 0
        i64.atomic.rmw16.xor_u FE:3F MemArg 1
        i64.atomic.rmw32.xor_u FE:40 MemArg 2
        i32.atomic.rmw.xchg FE:41 MemArg 2
        i64.atomic.rmw.xchg FE:42 MemArg 3
        i32.atomic.rmw8.xchg_u FE:43 MemArg 0
        i32.atomic.rmw16.xchg_u FE:44 MemArg 1
        i64.atomic.rmw8.xchg_u FE:45 MemArg 0
        i64.atomic.rmw16.xchg_u FE:46 MemArg 1
        i64.atomic.rmw32.xchg_u FE:47 MemArg 2
        i32.atomic.rmw.cmpxchg FE:48 MemArg 2
        i64.atomic.rmw.cmpxchg FE:49 MemArg 3
        i32.atomic.rmw8.cmpxchg_u FE:4A MemArg 0
        i32.atomic.rmw16.cmpxchg_u FE:4B MemArg 1
        i64.atomic.rmw8.cmpxchg_u FE:4C MemArg 0
        i64.atomic.rmw16.cmpxchg_u FE:4D MemArg 1
        i64.atomic.rmw32.cmpxchg_u FE:4E MemArg 2
        """;
}
