namespace WasmSharp.Fuzz.Common;

/// <summary>Deterministic per-case randomness: the same (seed, case) always draws the same values.</summary>
internal static class CaseRandom
{
    /// <summary>A generator for case <paramref name="caseIndex"/> of campaign <paramref name="seed"/>.</summary>
    public static Random For(ulong seed, long caseIndex)
    {
        // SplitMix64 of the pair: neighbouring seeds and cases give unrelated streams.
        ulong z = seed * 0x9E3779B97F4A7C15UL + (ulong)caseIndex + 0x632BE59BD9B4E019UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;

        // Random(int) uses a fixed algorithm, unlike the parameterless constructor, so streams are reproducible.
        return new Random((int)(z & 0x7FFFFFFF));
    }
}
