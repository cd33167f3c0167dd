using System.Text.Json;
using BeritaBot.Core.Coordination;

namespace BeritaBot.Telegram.Callbacks;

/// <summary>
/// What a button means, for payloads that do not fit in the 64 bytes of callback_data, kept in the
/// <see cref="IButtonTokenStore"/>: in memory by default, shared by every instance when a store is configured. A
/// payload travels as its type's name and its JSON, so a token written by one instance reads the same on another.
/// </summary>
public sealed class CallbackTokenStore
{
    public const int DefaultCapacity = 4096;

    private readonly IButtonTokenStore _store;

    public CallbackTokenStore(IButtonTokenStore store)
    {
        _store = store;
    }

    /// <summary>A store of this process alone, bounded to <paramref name="capacity"/>.</summary>
    public CallbackTokenStore(int capacity = DefaultCapacity)
        : this(new MemoryButtonTokenStore(capacity))
    {
    }

    public string Add<T>(T payload)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(payload);
        return _store.Add(typeof(T).Name + ":" + JsonSerializer.Serialize(payload));
    }

    public bool TryGet<T>(string token, out T payload)
        where T : class
    {
        var prefix = typeof(T).Name + ":";
        if (_store.Find(token) is { } stored && stored.StartsWith(prefix, StringComparison.Ordinal))
        {
            try
            {
                payload = JsonSerializer.Deserialize<T>(stored.AsSpan(prefix.Length))!;
                return payload is not null;
            }
            catch (JsonException)
            {
                // Written by another version of the bot: the button is handled as expired, like a forgotten token.
            }
        }

        payload = null!;
        return false;
    }
}
