using ScottPlot;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// The horizontal bar chart of docs/performance.md: one bar per program, WasmSharp/Wasmtime execution
/// time, with lines at 1 (parity) and at the geometric mean. Horizontal so program names stay readable;
/// the axis is logarithmic (bars start at parity) because ratios span 0.5× to over 100×, and on a
/// linear axis every program near parity would vanish.
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
                double ratio = double.IsFinite(ratios[i]) ? ratios[i] : 1;
                bars.Add(new Bar
                {
                    Position = position,
                    Value = Math.Log10(ratio),
                    ValueBase = 0,
                    FillColor = ratio <= 1 ? Colors.SeaGreen : ratio <= 2 ? Colors.Orange : Colors.IndianRed,
                    Orientation = Orientation.Horizontal,
                });
                ticks.Add(new Tick(position, double.IsFinite(ratios[i]) ? programs[i] : programs[i] + " (failed)"));
            }

            plot.Add.Bars(bars);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

            double[] steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
            double low = Math.Min(1, ratios.Where(double.IsFinite).DefaultIfEmpty(1).Min());
            double high = Math.Max(1, ratios.Where(double.IsFinite).DefaultIfEmpty(1).Max());
            Tick[] xTicks = steps.Where(v => v >= low / 2.5 && v <= high * 2.5)
                .Select(v => new Tick(Math.Log10(v), v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "×"))
                .ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xTicks);

            var parity = plot.Add.VerticalLine(0);
            parity.LineColor = Colors.Black;
            parity.LineWidth = 1.5f;
            if (double.IsFinite(geomean))
            {
                var mean = plot.Add.VerticalLine(Math.Log10(geomean));
                mean.LineColor = Colors.SteelBlue;
                mean.LinePattern = LinePattern.Dashed;
            }

            // Line labels would cover the tick labels, so the title names the lines instead.
            plot.Title(FormattableString.Invariant($"WasmSharp / Wasmtime execution time (black: parity, dashed: geomean {geomean:F2})"));
            plot.XLabel("ratio of median execution times (log scale; left of the black line: WasmSharp faster)");
            plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0.01, top: 0.01);
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
