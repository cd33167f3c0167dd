using System.Diagnostics;

namespace BeritaBot.Benchmarks;

/// <summary>Stopwatch samples and their percentiles, in microseconds.</summary>
internal sealed class Latencies
{
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public void Add(long ticks) => _ticks.Add(ticks);

    public void AddRange(Latencies other) => _ticks.AddRange(other._ticks);

    public double Percentile(double q)
    {
        if (_ticks.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _ticks.Order().ToArray();
        var rank = Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1);
        return ToMicroseconds(sorted[rank]);
    }

    public double Median => Percentile(0.5);

    public double P99 => Percentile(0.99);

    public double Max => _ticks.Count == 0 ? double.NaN : ToMicroseconds(_ticks.Max());

    public double Mean => _ticks.Count == 0 ? double.NaN : ToMicroseconds((long)_ticks.Average());

    public int CountAbove(double microseconds) => _ticks.Count(t => ToMicroseconds(t) > microseconds);

    public static double ToMicroseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
