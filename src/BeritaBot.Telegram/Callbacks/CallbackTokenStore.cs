using BeritaBot.Core.Caching;

namespace BeritaBot.Telegram.Callbacks;

/// <summary>
/// A bounded in-memory map from short tokens to what a button means, for payloads that do not fit in the 64 bytes
/// of callback_data. The oldest entries go first; a button whose token has gone is handled as expired.
/// </summary>
public sealed class CallbackTokenStore
{
    public const int DefaultCapacity = 4096;

    private readonly BoundedCache<string, object> _entries;
    private long _next;

    public CallbackTokenStore(int capacity = DefaultCapacity)
    {
        _entries = new BoundedCache<string, object>(capacity, StringComparer.Ordinal);
    }

    public int Count => _entries.Count;

    public string Add(object payload)
    {
        ArgumentNullException.ThrowIfNull(payload);

        // Tokens differ across restarts so an old button never finds a new, unrelated entry.
        var token = Base36(Environment.TickCount64 & 0xFFFF) + Base36(Interlocked.Increment(ref _next) - 1);
        _entries.TryAdd(token, payload);
        return token;
    }

    public bool TryGet<T>(string token, out T payload)
        where T : class
    {
        if (_entries.TryGet(token, out var value) && value is T typed)
        {
            payload = typed;
            return true;
        }

        payload = null!;
        return false;
    }

    private static string Base36(long value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0)
        {
            return "0";
        }

        var chars = new Stack<char>();
        while (value > 0)
        {
            chars.Push(digits[(int)(value % 36)]);
            value /= 36;
        }

        return new string([.. chars]);
    }
}
