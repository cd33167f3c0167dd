namespace BeritaBot.Cluster.Tests.Harness;

/// <param name="Latencies">Per update, milliseconds from its first delivery to its acknowledgement (answered and sent).</param>
/// <param name="Failures">Unacknowledged attempts by status code or failure kind.</param>
public sealed record DeliveryReport(int Updates, int Attempts, TimeSpan Elapsed, IReadOnlyList<double> Latencies, IReadOnlyDictionary<string, int> Failures)
{
    public int Redeliveries => Attempts - Updates;

    public double PerSecond => Updates / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = Latencies.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
