using BeritaBot.Core.Answering;
using BeritaBot.Core.Coordination;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core.Conversations;

/// <summary>
/// Conversations in memory only, never on disk: each lasts <see cref="ConversationOptions.Lifetime"/> after its last
/// turn, and at most <see cref="ConversationOptions.MaxConversations"/> are kept, the least recently used going first.
/// With a shared <see cref="IConversationContextStore"/> (several instances), conversations are read from and saved
/// to it instead, with the same lifetime, so a follow-up sent to another instance continues what this one answered.
/// </summary>
public sealed class ConversationMemory : IConversationMemory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ConversationKey, LinkedListNode<Entry>> _entries = [];

    // Most recently used first: the last node is the one to forget when the bound is reached.
    private readonly LinkedList<Entry> _recency = new();
    private readonly ConversationOptions _options;
    private readonly TimeProvider _time;
    private readonly IConversationContextStore? _shared;

    public ConversationMemory(IOptions<ConversationOptions> options, TimeProvider time, IConversationContextStore? shared = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _shared = shared;
    }

    /// <summary>Conversations held now, expired ones not yet swept included.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    internal ConversationOptions Options => _options;

    internal DateTimeOffset Now => _time.GetUtcNow();

    public void Reset(ConversationKey key)
    {
        if (_shared is not null)
        {
            _shared.Remove(key.Value);
            return;
        }

        lock (_gate)
        {
            RemoveLocked(key);
        }
    }

    public void Remember(ConversationKey key, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer is not { Kind: AnswerKind.Card, CardId: { } cardId })
        {
            return;
        }

        var turn = new ConversationTurn(cardId, answer.Question, answer.Language);
        var now = Now;
        Save(key, Find(key) is { } existing ? existing.With(turn, followUp: true, now) : Conversation.StartedWith(turn, now));
    }

    public void Share(ConversationKey source, ConversationKey target)
    {
        if (source != target && Find(source) is { } conversation)
        {
            Save(target, conversation with { LastActive = Now });
        }
    }

    /// <returns>The conversation if it is still alive; an expired one is forgotten.</returns>
    internal Conversation? Find(ConversationKey key)
    {
        var now = Now;
        if (_shared is not null)
        {
            // The store expires contexts too; this check keeps the lifetime exact when the clocks of two hosts differ.
            return ConversationJson.Read(_shared.Find(key.Value)) is { } stored && !IsExpired(stored, now) ? stored : null;
        }

        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            if (IsExpired(node.Value.Conversation, now))
            {
                RemoveLocked(key);
                return null;
            }

            return node.Value.Conversation;
        }
    }

    internal void Save(ConversationKey key, Conversation conversation)
    {
        var now = Now;
        if (_shared is not null)
        {
            var left = _options.Lifetime - (now - conversation.LastActive);
            if (left > TimeSpan.Zero)
            {
                _shared.Save(key.Value, ConversationJson.Write(conversation), left);
            }

            return;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                node.Value = new Entry(key, conversation);
                _recency.AddFirst(node);
            }
            else
            {
                _entries[key] = _recency.AddFirst(new Entry(key, conversation));
            }

            // Expired conversations at the cold end go first, then the least recently used beyond the bound.
            while (_recency.Last is { } last && (_entries.Count > _options.MaxConversations || IsExpired(last.Value.Conversation, now)))
            {
                RemoveLocked(last.Value.Key);
            }
        }
    }

    private bool IsExpired(Conversation conversation, DateTimeOffset now) => now - conversation.LastActive >= _options.Lifetime;

    private void RemoveLocked(ConversationKey key)
    {
        if (_entries.Remove(key, out var node))
        {
            _recency.Remove(node);
        }
    }

    private sealed record Entry(ConversationKey Key, Conversation Conversation);
}
