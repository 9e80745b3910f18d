namespace WasmSharp.Text.Instructions;

/// <summary>Memory and table instructions (binary spec 5.4.5-5.4.6), including bulk operations.</summary>
internal static class MemoryOps
{
    public const string Table = """
        i32.load 28 MemArg 2
        i64.load 29 MemArg 3
        f32.load 2A MemArg 2
        f64.load 2B MemArg 3
        i32.load8_s 2C MemArg 0
        i32.load8_u 2D MemArg 0
        i32.load16_s 2E MemArg 1
        i32.load16_u 2F MemArg 1
        i64.load8_s 30 MemArg 0
        i64.load8_u 31 MemArg 0
        i64.load16_s 32 MemArg 1
        i64.load16_u 33 MemArg 1
        i64.load32_s 34 MemArg 2
        i64.load32_u 35 MemArg 2
        i32.store 36 MemArg 2
        i64.store 37 MemArg 3
        f32.store 38 MemArg 2
        f64.store 39 MemArg 3
        i32.store8 3A MemArg 0
        i32.store16 3B MemArg 1
        i64.store8 3C MemArg 0
        i64.store16 3D MemArg 1
        i64.store32 3E MemArg 2
        memory.size 3F Memory
        memory.grow 40 Memory
        memory.init FC:08 MemoryInit
        data.drop FC:09 Data
        memory.copy FC:0A MemoryCopy
        memory.fill FC:0B Memory
        table.get 25 Table
        table.set 26 Table
        table.init FC:0C TableInit
        elem.drop FC:0D Elem
        table.copy FC:0E TableCopy
        table.grow FC:0F Table
        table.size FC:10 Table
        table.fill FC:11 Table
        """;
}
