using System.Diagnostics;

namespace WasmSharp.Tests.Binary;

/// <summary>
/// Mutation fuzzing of decoding and validation: every mutated module must either be accepted or be
/// rejected with <see cref="WasmFormatException"/> or <see cref="WasmValidationException"/>, quickly.
/// </summary>
public class FuzzTests
{
    private const int Cases = 5000;
    // A case slower than the limit is timed again, up to this many runs in all, and fails only if
    // every run was slow: a garbage collection or another process taking the core during one run
    // (the test runs alongside the rest of the suite) is not a pathological input, which (quadratic
    // work, a hang) is slow every time.
    private const int TimingAttempts = 3;
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task MutatedModulesFailOnlyWithWasmExceptions()
    {
        var engine = new Engine();
        byte[][] seeds = { SampleModules.Sample, SampleModules.Gc };
        var random = new Random(20240611);
        int accepted = 0;

        Task run = Task.Run(() =>
        {
            for (int i = 0; i < Cases; i++)
            {
                byte[] seed = seeds[i % seeds.Length];
                byte[] mutated = Mutate(seed, random);
                bool valid;
                var watch = Stopwatch.StartNew();
                try
                {
                    valid = Validates(engine, mutated);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"case {i} ({Convert.ToHexString(mutated)}) threw {e}");
                }

                if (valid)
                {
                    accepted++;
                }

                TimeSpan fastest = watch.Elapsed;
                for (int retry = 1; retry < TimingAttempts && fastest > PerCaseLimit; retry++)
                {
                    watch.Restart();
                    Validates(engine, mutated);
                    fastest = TimeSpan.FromTicks(Math.Min(fastest.Ticks, watch.Elapsed.Ticks));
                }

                if (fastest > PerCaseLimit)
                {
                    throw new Xunit.Sdk.XunitException($"case {i} took {fastest} (fastest of {TimingAttempts} runs): {Convert.ToHexString(mutated)}");
                }
            }
        });

        // A hang inside one case never returns; the overall bound turns it into a failure.
        Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.Same(run, finished);
        await run;
        Assert.InRange(accepted, 0, Cases - 1);
    }

    // Whether the module validates; any exception other than the two documented ones escapes.
    private static bool Validates(Engine engine, byte[] module)
    {
        try
        {
            Module.Validate(engine, module);
            return true;
        }
        catch (WasmFormatException)
        {
            return false;
        }
        catch (WasmValidationException)
        {
            return false;
        }
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int mutations = 1 + random.Next(3);
        for (int m = 0; m < mutations; m++)
        {
            // Keep the preamble intact most of the time so mutations reach the sections.
            int min = random.Next(10) == 0 ? 0 : Math.Min(8, bytes.Count);
            int position = bytes.Count > min ? random.Next(min, bytes.Count) : bytes.Count;
            switch (random.Next(7))
            {
                case 0:
                    if (position < bytes.Count)
                    {
                        bytes[position] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    if (position < bytes.Count)
                    {
                        bytes[position] = (byte)random.Next(256);
                    }

                    break;
                case 2:
                    bytes.Insert(position, (byte)random.Next(256));
                    break;
                case 3:
                    int count = Math.Min(bytes.Count - position, 1 + random.Next(8));
                    bytes.RemoveRange(position, count);
                    break;
                case 4:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                case 5:
                    // LEB stretching: re-encode a one-byte value with redundant continuation bytes.
                    if (position < bytes.Count && bytes[position] < 0x80)
                    {
                        int extra = 1 + random.Next(5);
                        byte value = bytes[position];
                        bytes[position] = (byte)(value | 0x80);
                        for (int k = 0; k < extra; k++)
                        {
                            bytes.Insert(position + 1 + k, k == extra - 1 ? (byte)0x00 : (byte)0x80);
                        }
                    }

                    break;
                default:
                    // A huge LEB: counts and sizes near 2^32.
                    bytes.InsertRange(position, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, (byte)random.Next(0x10) });
                    break;
            }
        }

        return bytes.ToArray();
    }
}
