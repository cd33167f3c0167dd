using BeritaBot.Core.Caching;

namespace BeritaBot.Core.Coordination;

/// <summary>
/// Button tokens of one process, the default without a shared store: bounded, the oldest forgotten first, so a very
/// old button answers "expired" instead of the process growing without end. Gone after a restart.
/// </summary>
public sealed class MemoryButtonTokenStore : IButtonTokenStore
{
    private readonly BoundedCache<string, string> _entries;

    public MemoryButtonTokenStore(int capacity)
    {
        _entries = new BoundedCache<string, string>(capacity, StringComparer.Ordinal);
    }

    public int Count => _entries.Count;

    public string Add(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        string token;
        do
        {
            token = ButtonToken.New();
        }
        while (!_entries.TryAdd(token, payload));

        return token;
    }

    public string? Find(string token) => _entries.TryGet(token, out var payload) ? payload : null;
}
