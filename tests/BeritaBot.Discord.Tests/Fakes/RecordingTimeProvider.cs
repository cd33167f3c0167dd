using System.Collections.Concurrent;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>Real time, but remembers every delay asked of it, so tests can check waits without timing them.</summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
