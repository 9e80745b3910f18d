using System.Diagnostics;
using WasmSharp.Interpretation;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Measures the interpreter's translation apart from execution. The interpreter translates each
/// function at its first call, inside the guest's run, so the execute column mixes translation with
/// interpretation; here a module is created with <see cref="Strategy.Interpreter"/> (decode and
/// validate, not timed) and every defined function is translated at once, on this thread.
/// </summary>
internal static class TranslationThroughput
{
    /// <summary>How many fresh modules each program's translation is timed on after the warm-up; the page shows the median.</summary>
    public const int Repeats = 5;

    /// <summary>
    /// How long each program's module is translated, untimed, before the timed repeats. The .NET JIT
    /// first compiles the translator's methods quickly and unoptimized (tier 0) and recompiles the
    /// ones called often only after a quiet period and a few dozen calls: measured on blake3-scalar,
    /// translation ran at 26 MB/s for the first ~0.6 s of repeats and at 100-130 MB/s after. Without a
    /// warm-up the number would depend on which program happened to come first.
    /// </summary>
    public static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);

    public static TranslationMeasurement Measure(BenchProgram program, byte[] wasm)
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        long codeBytes = 0;
        int functions = 0;
        double firstMs = double.NaN;
        try
        {
            Module first = Module.FromBytes(engine, wasm);
            functions = first.Info.Bodies.Count;
            codeBytes = CodeSectionSize(wasm);
            firstMs = TimeTranslation(first);

            long warmupStart = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(warmupStart) < Warmup)
            {
                // A fresh module every time: a translated function keeps its code and is not translated again.
                ((InterpretedModule)Module.FromBytes(engine, wasm).Code).TranslateAll();
            }

            var times = new List<double>(Repeats);
            for (int i = 0; i < Repeats; i++)
            {
                times.Add(TimeTranslation(Module.FromBytes(engine, wasm)));
            }

            return new TranslationMeasurement(program, functions, codeBytes, firstMs, Statistics.Median(times), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new TranslationMeasurement(program, functions, codeBytes, firstMs, double.NaN, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// All programs' code sections over the sum of their median translation times, in MB/s: the
    /// throughput of translating the whole suite once. NaN when nothing was translated.
    /// </summary>
    public static double Overall(IEnumerable<TranslationMeasurement> translations) =>
        Throughput(translations.Where(t => t.Error is null).ToList(), t => t.MedianMs);

    /// <summary>As <see cref="Overall"/>, over the first translation of each program, before its warm-up.</summary>
    public static double OverallFirst(IEnumerable<TranslationMeasurement> translations) =>
        Throughput(translations.Where(t => t.Error is null).ToList(), t => t.FirstMs);

    private static double Throughput(List<TranslationMeasurement> translated, Func<TranslationMeasurement, double> milliseconds)
    {
        double seconds = translated.Sum(milliseconds) / 1e3;
        return translated.Count == 0 || seconds <= 0 ? double.NaN : translated.Sum(t => t.CodeSectionBytes) / 1e6 / seconds;
    }

    private static double TimeTranslation(Module module)
    {
        var interpreted = (InterpretedModule)module.Code;

        // Garbage from earlier work is collected before the clock starts, not during it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long t0 = Stopwatch.GetTimestamp();
        interpreted.TranslateAll();
        return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    }

    /// <summary>
    /// The payload size of the code section (spec "Binary Format › Modules": each section is an id
    /// byte and a u32 LEB128 size); 0 for a module without one. The module has been validated already.
    /// </summary>
    private static long CodeSectionSize(byte[] wasm)
    {
        const byte CodeSectionId = 10;
        int position = 8; // the magic number and version
        while (position < wasm.Length)
        {
            byte id = wasm[position++];
            long size = 0;
            int shift = 0;
            byte b;
            do
            {
                b = wasm[position++];
                size |= (long)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            if (id == CodeSectionId)
            {
                return size;
            }

            position += (int)size;
        }

        return 0;
    }
}
