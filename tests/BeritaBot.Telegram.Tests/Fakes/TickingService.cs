using Microsoft.Extensions.Hosting;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>Stands in for the other adapter: proves the host is still running by ticking.</summary>
public sealed class TickingService : BackgroundService
{
    private int _ticks;

    public int Ticks => Volatile.Read(ref _ticks);

    public async Task WaitForTickAfterAsync(int ticks)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Ticks <= ticks)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The other hosted service stopped ticking.");
            }

            await Task.Delay(10);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _ticks);
            await Task.Delay(20, stoppingToken);
        }
    }
}
