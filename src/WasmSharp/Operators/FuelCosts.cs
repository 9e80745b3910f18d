using WasmSharp.Binary;

namespace WasmSharp.Operators;

/// <summary>
/// Wasmtime's fuel accounting, shared by every tier so a store consumes the same fuel whichever runs
/// it: each reachable instruction costs 1 except nop, drop, block, loop, else and end, and a
/// straight-line run is charged where it ends (before a branch, call, throw, or block boundary other
/// than <c>block</c>), so a host function it calls sees the fuel left.
/// </summary>
internal static class FuelCosts
{
    /// <summary>The fuel instruction <paramref name="op"/> costs: 0 or 1.</summary>
    public static int Cost(byte op) => op is 0x01 or 0x1A or 0x02 or 0x03 or 0x05 or 0x0B ? 0 : 1;

    /// <summary>
    /// Whether instruction <paramref name="op"/> (its opcode read from <paramref name="reader"/>, which
    /// is a copy: a 0xFB sub-opcode is peeked) ends a straight-line run.
    /// </summary>
    public static bool EndsRun(byte op, WasmReader reader) => op switch
    {
        // loop, if, else, try, catch, throw, rethrow, throw_ref, end, br, br_if, br_table,
        // return, the calls, delegate, catch_all, try_table.
        >= 0x03 and <= 0x15 => true,
        0x18 or 0x19 or 0x1F => true,

        // br_on_null, br_on_non_null.
        0xD5 or 0xD6 => true,

        // br_on_cast, br_on_cast_fail.
        0xFB => reader.ReadVarUInt32() is 24 or 25,
        _ => false,
    };
}
