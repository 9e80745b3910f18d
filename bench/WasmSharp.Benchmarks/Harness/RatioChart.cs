using ScottPlot;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// The horizontal bar chart of docs/performance.md: one bar per program, WasmSharp/Wasmtime execution
/// time, with lines at 1 (parity) and at the geometric mean. Horizontal so program names stay readable.
/// </summary>
internal static class RatioChart
{
    public static bool TrySave(string path, IReadOnlyList<string> programs, IReadOnlyList<double> ratios, double geomean, out string? error)
    {
        error = null;
        try
        {
            var plot = new Plot();
            var bars = new List<Bar>();
            var ticks = new List<Tick>();
            // The first program at the top: ScottPlot's y axis grows upwards.
            for (int i = 0; i < programs.Count; i++)
            {
                double position = programs.Count - 1 - i;
                double ratio = double.IsFinite(ratios[i]) ? ratios[i] : 0;
                bars.Add(new Bar
                {
                    Position = position,
                    Value = ratio,
                    FillColor = ratio <= 1 ? Colors.SeaGreen : ratio <= 2 ? Colors.Orange : Colors.IndianRed,
                    Orientation = Orientation.Horizontal,
                });
                ticks.Add(new Tick(position, double.IsFinite(ratios[i]) ? programs[i] : programs[i] + " (failed)"));
            }

            plot.Add.Bars(bars);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

            var parity = plot.Add.VerticalLine(1);
            parity.LineColor = Colors.Black;
            parity.LineWidth = 1.5f;
            parity.Text = "Wasmtime";
            if (double.IsFinite(geomean))
            {
                var mean = plot.Add.VerticalLine(geomean);
                mean.LineColor = Colors.SteelBlue;
                mean.LinePattern = LinePattern.Dashed;
                mean.Text = FormattableString.Invariant($"geomean {geomean:F2}");
            }

            plot.Title("WasmSharp / Wasmtime execution time (lower is better)");
            plot.XLabel("ratio of median execution times");
            plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.01, top: 0.01);
            plot.SavePng(path, 1000, 120 + (22 * programs.Count));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = $"{e.GetType().Name}: {e.Message}";
            return false;
        }
    }
}
