namespace WasmSharp.Wasi;

/// <summary>
/// Converts raw wasm arguments to their witx flags/enum types the way wiggle's generated glue
/// does before the implementation runs (wiggle-generate types/flags.rs and types/enum.rs): the
/// <c>i32</c>/<c>i64</c> is first converted to the witx repr with <c>try_from</c> (a negative
/// value or one above the repr's range traps with the <c>TryFromIntError</c> chain), then
/// undefined flag bits / unknown enum values are rejected (<c>InvalidFlagValue</c> /
/// <c>InvalidEnumValue</c>). Every rejection traps. Descriptors and pointers are not converted
/// here: wiggle reinterprets them with <c>as u32</c>.
/// </summary>
internal static class WasiArgs
{
    /// <summary>A flags argument <paramref name="reprBits"/> wide (8, 16 or 32) with defined bits <paramref name="defined"/>.</summary>
    public static int Flags(string function, string typeName, int value, int reprBits, int defined)
    {
        int repr = Repr(function, typeName, value, reprBits);
        if ((repr & ~defined) != 0)
        {
            throw GuestTraps.InvalidArgument(function, typeName, $"Invalid flag value {typeName}");
        }

        return repr;
    }

    /// <summary>The <c>rights</c> flags (<c>u64</c>, 30 defined bits).</summary>
    public static Rights Rights(string function, long value)
    {
        if (value < 0)
        {
            throw GuestTraps.IntConversion(function, "Rights", negative: true);
        }

        if (((ulong)value & ~(ulong)WasmSharp.Wasi.Rights.All) != 0)
        {
            throw GuestTraps.InvalidArgument(function, "Rights", "Invalid flag value Rights");
        }

        return (Rights)value;
    }

    /// <summary>An enum argument with <paramref name="count"/> cases, tagged with a <paramref name="reprBits"/>-bit integer.</summary>
    public static int Enum(string function, string typeName, int value, int reprBits, int count)
    {
        int repr = Repr(function, typeName, value, reprBits);
        if (repr >= count)
        {
            throw GuestTraps.InvalidArgument(function, typeName, $"Invalid enum value {typeName}");
        }

        return repr;
    }

    /// <summary>A plain <c>u16</c> argument (<c>siflags</c>): wiggle's <c>u16::try_from(i32)</c>.</summary>
    public static int U16(string function, int value) => Repr(function, "u16", value, 16);

    /// <summary>
    /// <c>uN::try_from(i32)</c>: negative values and values of <paramref name="reprBits"/> bits or
    /// more trap. A 32-bit repr only refuses negatives.
    /// </summary>
    private static int Repr(string function, string typeName, int value, int reprBits)
    {
        if (value < 0)
        {
            throw GuestTraps.IntConversion(function, typeName, negative: true);
        }

        if (reprBits < 32 && value >= 1 << reprBits)
        {
            throw GuestTraps.IntConversion(function, typeName, negative: false);
        }

        return value;
    }
}
