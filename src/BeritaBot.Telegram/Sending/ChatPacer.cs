namespace BeritaBot.Telegram.Sending;

/// <summary>
/// Keeps outgoing messages under Telegram's per-chat limits: a minimum gap per chat and a per-minute cap per group
/// (group and supergroup ids are negative). Each send reserves the next free slot; the caller waits until then.
/// </summary>
public sealed class ChatPacer
{
    private static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);
    private const int PruneThreshold = 10_000;

    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly int _groupPerMinute;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatSlots> _chats = [];

    public ChatPacer(TimeProvider time, TimeSpan interval, int groupPerMinute)
    {
        _time = time;
        _interval = interval;
        _groupPerMinute = Math.Max(1, groupPerMinute);
    }

    /// <summary>Reserves a send slot in a chat and returns how long to wait for it (zero when free now).</summary>
    public TimeSpan Reserve(long chatId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_chats.Count > PruneThreshold)
            {
                Prune(now);
            }

            if (!_chats.TryGetValue(chatId, out var slots))
            {
                slots = new ChatSlots();
                _chats[chatId] = slots;
            }

            var at = now;
            if (slots.Last is { } last && last + _interval > at)
            {
                at = last + _interval;
            }

            if (chatId < 0)
            {
                while (slots.Recent.Count > 0 && slots.Recent.Peek() + GroupWindow <= at)
                {
                    slots.Recent.Dequeue();
                }

                if (slots.Recent.Count >= _groupPerMinute)
                {
                    // The slot frees when the oldest of the last N sends leaves the window.
                    var oldest = slots.Recent.ElementAt(slots.Recent.Count - _groupPerMinute);
                    at = Max(at, oldest + GroupWindow);
                }

                slots.Recent.Enqueue(at);
            }

            slots.Last = at;
            return at - now;
        }
    }

    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        var wait = Reserve(chatId);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var chatId in _chats.Where(c => c.Value.Last is { } last && last + GroupWindow < now).Select(c => c.Key).ToList())
        {
            _chats.Remove(chatId);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class ChatSlots
    {
        public DateTimeOffset? Last { get; set; }

        public Queue<DateTimeOffset> Recent { get; } = new();
    }
}
