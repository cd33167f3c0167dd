namespace BeritaBot.Telegram.Handling;

/// <summary>Per-user sliding-window limit on what the bot answers, with a single notice per burst.</summary>
public sealed class FloodGuard
{
    private const int PruneThreshold = 10_000;

    private readonly TimeProvider _time;
    private readonly int _max;
    private readonly TimeSpan _window;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, UserWindow> _users = [];

    public FloodGuard(TimeProvider time, int maxMessages, TimeSpan window)
    {
        _time = time;
        _max = maxMessages;
        _window = window;
    }

    public FloodDecision Check(long userId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_users.Count > PruneThreshold)
            {
                foreach (var stale in _users.Where(u => u.Value.LastSeen + _window < now).Select(u => u.Key).ToList())
                {
                    _users.Remove(stale);
                }
            }

            if (!_users.TryGetValue(userId, out var user))
            {
                user = new UserWindow();
                _users[userId] = user;
            }

            user.LastSeen = now;
            while (user.Accepted.Count > 0 && user.Accepted.Peek() + _window <= now)
            {
                user.Accepted.Dequeue();
            }

            if (user.Accepted.Count < _max)
            {
                user.Accepted.Enqueue(now);
                user.Notified = false;
                return FloodDecision.Allow;
            }

            if (user.Notified)
            {
                return FloodDecision.Drop;
            }

            user.Notified = true;
            return FloodDecision.Notify;
        }
    }

    private sealed class UserWindow
    {
        public Queue<DateTimeOffset> Accepted { get; } = new();

        public bool Notified { get; set; }

        public DateTimeOffset LastSeen { get; set; }
    }
}
