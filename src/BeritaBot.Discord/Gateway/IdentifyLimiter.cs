using BeritaBot.Discord.Rest;

namespace BeritaBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within <c>session_start_limit</c>: no Identify when none remain until <c>reset_after</c>, and at most
/// <c>max_concurrency</c> per window (5 s at Discord).
/// </summary>
public sealed class IdentifyLimiter
{
    private readonly TimeProvider time;
    private readonly TimeSpan window;
    private readonly Queue<DateTimeOffset> recent = new();
    private SessionStartLimit limit = SessionStartLimit.Unknown;
    private int remaining = SessionStartLimit.Unknown.Remaining;
    private DateTimeOffset remainingResetsAt;

    public IdentifyLimiter(TimeProvider time, TimeSpan window)
    {
        this.time = time;
        this.window = window;
    }

    public void Update(SessionStartLimit sessionStartLimit)
    {
        ArgumentNullException.ThrowIfNull(sessionStartLimit);
        limit = sessionStartLimit;
        remaining = sessionStartLimit.Remaining;
        remainingResetsAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(sessionStartLimit.ResetAfter);
    }

    /// <summary>How long to wait before the next Identify may be sent.</summary>
    public TimeSpan NextDelay()
    {
        var now = time.GetUtcNow();
        if (remaining <= 0)
        {
            if (remainingResetsAt > now)
            {
                return remainingResetsAt - now;
            }

            remaining = limit.Total;
            remainingResetsAt = now + TimeSpan.FromDays(1);
        }

        while (recent.Count > 0 && recent.Peek() + window <= now)
        {
            recent.Dequeue();
        }

        return recent.Count >= Math.Max(1, limit.MaxConcurrency) ? recent.Peek() + window - now : TimeSpan.Zero;
    }

    public void Record()
    {
        recent.Enqueue(time.GetUtcNow());
        remaining--;
    }
}
