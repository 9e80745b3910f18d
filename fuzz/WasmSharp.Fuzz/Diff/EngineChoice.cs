namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// The WasmSharp configuration of one diff case, rotated by seed over the options that change generated
/// code: fuel and epoch checks, function splitting, parallel or lazy compilation, address maps, and the tier.
/// </summary>
/// <param name="ConsumeFuel">Config.ConsumeFuel.</param>
/// <param name="EpochInterruption">Config.EpochInterruption.</param>
/// <param name="FunctionSplitThreshold">Config.FunctionSplitThreshold (the default or 16, which splits almost every block out).</param>
/// <param name="ParallelCompilation">Config.ParallelCompilation.</param>
/// <param name="LazyCompilation">Config.LazyCompilation.</param>
/// <param name="Interpreted">Whether Config.Strategy is the interpreter rather than the compiler.</param>
/// <param name="AddressMap">Config.GenerateAddressMap.</param>
internal sealed record EngineChoice(bool ConsumeFuel, bool EpochInterruption, int FunctionSplitThreshold, bool ParallelCompilation, bool LazyCompilation, bool Interpreted = false, bool AddressMap = false)
{
    /// <summary>The fuel both runtimes get per export call when fuel is on.</summary>
    public const ulong FuelPerCall = 50_000_000;

    /// <summary>Draws a configuration: each option is an independent coin.</summary>
    public static EngineChoice Draw(Random random) => new(
        ConsumeFuel: random.Next(2) == 0,
        EpochInterruption: random.Next(2) == 0,
        FunctionSplitThreshold: random.Next(2) == 0 ? new Config().FunctionSplitThreshold : 16,
        ParallelCompilation: random.Next(2) == 0,
        LazyCompilation: random.Next(2) == 0,
        Interpreted: random.Next(2) == 0,
        AddressMap: random.Next(2) == 0);

    /// <summary>
    /// Parses a configuration written as comma-separated words (<c>fuel</c>, <c>epoch</c>, <c>fst=N</c>,
    /// <c>parallel</c>, <c>lazy</c>, <c>interp</c>, <c>addrmap</c>); absent words are off and the split threshold is the default.
    /// </summary>
    public static EngineChoice Parse(string text)
    {
        var choice = new EngineChoice(false, false, new Config().FunctionSplitThreshold, false, false);
        foreach (string word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            choice = word switch
            {
                "fuel" => choice with { ConsumeFuel = true },
                "epoch" => choice with { EpochInterruption = true },
                "parallel" => choice with { ParallelCompilation = true },
                "lazy" => choice with { LazyCompilation = true },
                "interp" => choice with { Interpreted = true },
                "addrmap" => choice with { AddressMap = true },
                _ when word.StartsWith("fst=", StringComparison.Ordinal) && int.TryParse(word[4..], out int threshold)
                    => choice with { FunctionSplitThreshold = threshold },
                _ => throw new FormatException($"unknown configuration word '{word}'; known: fuel, epoch, fst=N, parallel, lazy, interp, addrmap"),
            };
        }

        return choice;
    }

    /// <summary>The WasmSharp configuration (all features on, as by default).</summary>
    public Config ToConfig() => new()
    {
        ConsumeFuel = ConsumeFuel,
        EpochInterruption = EpochInterruption,
        FunctionSplitThreshold = FunctionSplitThreshold,
        ParallelCompilation = ParallelCompilation,
        LazyCompilation = LazyCompilation,
        GenerateAddressMap = AddressMap,
        Strategy = Interpreted ? Strategy.Interpreter : Strategy.Compiler,
    };
}
