using BeritaBot.Core.Caching;

namespace BeritaBot.Discord.Gateway;

/// <summary>A bounded set of recently seen ids; the oldest are forgotten first.</summary>
public sealed class RecentIds(int capacity)
{
    private readonly BoundedCache<string, bool> _ids = new(capacity, StringComparer.Ordinal);

    /// <summary>Adds the id; false if it was already there.</summary>
    public bool Add(string id) => _ids.TryAdd(id, true);
}
