using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Compilation;

/// <summary>
/// Finds the loads that follow a load in straight-line code with nothing between them that can
/// trap, call, branch or be seen from outside: the accesses whose bounds <see cref="MemoryAddressing"/>
/// checks all at once, at the first of them (BLAKE3's compression function reads 16 message
/// words and 8 state words through two pointers: 2 checks instead of 16). Only loads whose
/// address comes straight from a local not written since the first load count, so every base
/// holds at the first load the value it has at its own; anything the scan does not know ends it.
/// </summary>
internal static class AccessGroupScanner
{
    /// <summary>The most instructions looked at past the first load.</summary>
    private const int MaxInstructions = 4096;

    /// <summary>
    /// Scans from <paramref name="reader"/>, just past a load from <paramref name="memory"/>, and
    /// returns the loads of the group in program order (local, extent, module offset), not
    /// counting the first one.
    /// </summary>
    public static List<(int Local, ulong Extent, int Offset)> Scan(WasmReader reader, int memory)
    {
        var accesses = new List<(int Local, ulong Extent, int Offset)>();
        var written = new HashSet<int>();
        int addressLocal = -1;
        for (int count = 0; count < MaxInstructions && !reader.AtEnd; count++)
        {
            int at = reader.Offset;
            byte op = reader.ReadByte();
            int previousLocal = addressLocal;
            addressLocal = -1;
            switch (op)
            {
                case 0x20: // local.get
                    addressLocal = reader.ReadCount();
                    break;
                case 0x21: // local.set
                case 0x22: // local.tee
                    written.Add(reader.ReadCount());
                    break;
                case 0x41:
                case 0x42:
                case 0x43:
                case 0x44: // constants
                    OperandReader.Skip(ref reader, op);
                    break;
                case 0x1A: // drop
                case 0x1B: // select
                    break;
                case >= 0x28 and <= 0x35: // loads
                {
                    (int accessed, _, ulong offset) = OperandReader.ReadMemArg(ref reader);
                    if (accessed != memory || previousLocal < 0 || written.Contains(previousLocal))
                    {
                        return accesses;
                    }

                    accesses.Add((previousLocal, FunctionScanner.Extent(offset, FunctionScanner.AccessSize(op)), at));
                    break;
                }

                default:
                    if (!IsPureNumeric(op))
                    {
                        return accesses;
                    }

                    break;
            }
        }

        return accesses;
    }

    // The numeric instructions (spec 4.4.1) that cannot trap: all but division, remainder and the
    // trapping float-to-integer conversions.
    private static bool IsPureNumeric(byte op) => op switch
    {
        >= 0x6D and <= 0x70 => false,
        >= 0x7F and <= 0x82 => false,
        >= 0xA8 and <= 0xAB => false,
        >= 0xAE and <= 0xB1 => false,
        >= 0x45 and <= 0xC4 => true,
        _ => false,
    };
}
