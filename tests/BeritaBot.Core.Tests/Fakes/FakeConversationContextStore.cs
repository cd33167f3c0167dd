using BeritaBot.Core.Coordination;

namespace BeritaBot.Core.Tests.Fakes;

/// <summary>The shared conversation store in memory, expiring on the test's clock: what PostgreSQL keeps, without the server.</summary>
internal sealed class FakeConversationContextStore(TimeProvider clock) : IConversationContextStore
{
    private readonly Dictionary<string, (string Context, DateTimeOffset ExpiresAt)> _entries = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Contexts => _entries.ToDictionary(e => e.Key, e => e.Value.Context);

    public string? Find(string conversationKey) =>
        _entries.TryGetValue(conversationKey, out var entry) && entry.ExpiresAt > clock.GetUtcNow() ? entry.Context : null;

    public void Save(string conversationKey, string context, TimeSpan lifetime) =>
        _entries[conversationKey] = (context, clock.GetUtcNow() + lifetime);

    public void Remove(string conversationKey) => _entries.Remove(conversationKey);

    /// <summary>Puts raw text where a context would be, as another version of the bot might have written it.</summary>
    public void Put(string conversationKey, string context) => _entries[conversationKey] = (context, clock.GetUtcNow() + TimeSpan.FromHours(1));
}
