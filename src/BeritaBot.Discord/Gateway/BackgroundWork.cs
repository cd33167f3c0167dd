using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Discord.Gateway;

/// <summary>Runs event handlers off the receive loop, logs their failures and lets shutdown wait for them.</summary>
internal sealed class BackgroundWork(ILogger logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Run(string what, Func<Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work();
            }
            catch (OperationCanceledException)
            {
                logger.LogDebug("{Work} was cancelled", what);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handling {Work} failed", what);
            }
        });
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public Task WhenAllAsync() => Task.WhenAll(_running.Keys);
}
