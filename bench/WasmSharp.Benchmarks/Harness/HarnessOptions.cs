using WasmSharp.TestSupport;
using System.Globalization;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// <c>harness [--rounds N] [--quick] [--filter TEXT] [--no-node] [--no-interpreter] [--no-auto] [--no-micro] [--docs DIR]</c>.
/// </summary>
internal sealed record HarnessOptions(int Rounds, bool Quick, string? Filter, bool Node, bool Interpreter, bool Auto, bool Micro, string DocsDirectory, string CommandLine)
{
    /// <summary>Parses the arguments after <c>harness</c>; throws <see cref="ArgumentException"/> on a bad one.</summary>
    public static HarnessOptions Parse(string[] args)
    {
        int? rounds = null;
        bool quick = false;
        string? filter = null;
        bool node = true;
        bool interpreter = true;
        bool auto = true;
        bool micro = true;
        string docs = Path.Combine(RepositoryRoot(), "docs");
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds":
                    rounds = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    if (rounds < 1)
                    {
                        throw new ArgumentException("--rounds must be at least 1");
                    }

                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--filter":
                    filter = Value(args, ref i);
                    break;
                case "--no-node":
                    node = false;
                    break;
                case "--no-interpreter":
                    interpreter = false;
                    break;
                case "--no-auto":
                    auto = false;
                    break;
                case "--no-micro":
                    micro = false;
                    break;
                case "--docs":
                    docs = Path.GetFullPath(Value(args, ref i));
                    break;
                default:
                    throw new ArgumentException($"unknown harness option `{args[i]}`");
            }
        }

        // --quick is for checking the harness itself: one round, and no BenchmarkDotNet runs (minutes).
        string command = "dotnet run -c Release --project bench/WasmSharp.Benchmarks -- harness" + (args.Length > 0 ? " " + string.Join(' ', args) : "");
        return new HarnessOptions(rounds ?? (quick ? 1 : 5), quick, filter, node, interpreter, auto, micro && !quick, docs, command);
    }

    /// <summary>The folder holding WasmSharp.slnx, found upwards from the binary.</summary>
    public static string RepositoryRoot() => SharedFolder.RepositoryRoot ?? Directory.GetCurrentDirectory();

    /// <summary>The value after option <c>args[i]</c>, moving <paramref name="i"/> to it (also the first-result mode's options).</summary>
    public static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
