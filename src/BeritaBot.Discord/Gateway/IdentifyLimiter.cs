using BeritaBot.Discord.Rest;

namespace BeritaBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within <c>session_start_limit</c>: no Identify when none remain until <c>reset_after</c>, and at most
/// <c>max_concurrency</c> per window (5 s at Discord).
/// </summary>
public sealed class IdentifyLimiter
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly Queue<DateTimeOffset> _recent = new();
    private SessionStartLimit _limit = SessionStartLimit.Unknown;
    private int _remaining = SessionStartLimit.Unknown.Remaining;
    private DateTimeOffset _remainingResetsAt;

    public IdentifyLimiter(TimeProvider time, TimeSpan window)
    {
        _time = time;
        _window = window;
    }

    public void Update(SessionStartLimit sessionStartLimit)
    {
        ArgumentNullException.ThrowIfNull(sessionStartLimit);
        _limit = sessionStartLimit;
        _remaining = sessionStartLimit.Remaining;
        _remainingResetsAt = _time.GetUtcNow() + TimeSpan.FromMilliseconds(sessionStartLimit.ResetAfter);
    }

    /// <summary>How long to wait before the next Identify may be sent.</summary>
    public TimeSpan NextDelay()
    {
        var now = _time.GetUtcNow();
        if (_remaining <= 0)
        {
            if (_remainingResetsAt > now)
            {
                return _remainingResetsAt - now;
            }

            _remaining = _limit.Total;
            _remainingResetsAt = now + TimeSpan.FromDays(1);
        }

        while (_recent.Count > 0 && _recent.Peek() + _window <= now)
        {
            _recent.Dequeue();
        }

        return _recent.Count >= Math.Max(1, _limit.MaxConcurrency) ? _recent.Peek() + _window - now : TimeSpan.Zero;
    }

    public void Record()
    {
        _recent.Enqueue(_time.GetUtcNow());
        _remaining--;
    }
}
