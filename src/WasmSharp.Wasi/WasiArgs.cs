namespace WasmSharp.Wasi;

/// <summary>
/// Converts raw wasm arguments to their witx flags/enum types the way wiggle's generated glue
/// does before the implementation runs (wiggle-generate types/flags.rs and types/enum.rs:
/// <c>TryFrom&lt;i32&gt;</c> casts to the witx repr with <c>as</c>, so bits above the repr are
/// dropped, then rejects undefined flag bits / unknown enum values). A rejected argument traps.
/// </summary>
internal static class WasiArgs
{
    /// <summary>A <c>u16</c> (or narrower) flags argument: <paramref name="reprBits"/> wide, defined bits <paramref name="defined"/>.</summary>
    public static int Flags(string function, string typeName, int value, int reprBits, int defined)
    {
        int repr = reprBits == 32 ? value : value & ((1 << reprBits) - 1);
        if ((repr & ~defined) != 0)
        {
            throw GuestTraps.InvalidArgument(function, typeName, $"Invalid flag value {typeName}");
        }

        return repr;
    }

    /// <summary>The <c>rights</c> flags (<c>u64</c>, 30 defined bits).</summary>
    public static Rights Rights(string function, long value)
    {
        if (((ulong)value & ~(ulong)WasmSharp.Wasi.Rights.All) != 0)
        {
            throw GuestTraps.InvalidArgument(function, "Rights", "Invalid flag value Rights");
        }

        return (Rights)value;
    }

    /// <summary>An enum argument with <paramref name="count"/> cases, tagged with a <paramref name="reprBits"/>-bit integer.</summary>
    public static int Enum(string function, string typeName, int value, int reprBits, int count)
    {
        uint repr = reprBits == 32 ? (uint)value : (uint)value & ((1u << reprBits) - 1);
        if (repr >= (uint)count)
        {
            throw GuestTraps.InvalidArgument(function, typeName, $"Invalid enum value {typeName}");
        }

        return (int)repr;
    }

    /// <summary>A plain <c>u16</c> argument (<c>siflags</c>): wiggle's <c>u16::try_from(i32)</c> fails above 65535.</summary>
    public static int U16(string function, int value)
    {
        if ((uint)value > ushort.MaxValue)
        {
            throw GuestTraps.InvalidArgument(function, "u16", "Int conversion error: TryFromIntError(())");
        }

        return value;
    }
}
