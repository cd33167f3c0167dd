using System.Diagnostics;

namespace BeritaBot.Insights.Tests;

/// <summary>Waits for a condition that another thread makes true (file events, background loops).</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string what, int timeoutSeconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(timeoutSeconds))
            {
                Assert.Fail($"Timed out after {timeoutSeconds} s waiting for: {what}");
            }

            await Task.Delay(10);
        }
    }
}
