namespace BeritaBot.Core.Coordination;

/// <summary>
/// What a conversation is about (issue 16's follow-up questions), kept where every instance sees it, for a bounded
/// time. The context is opaque text to the store: the conversation code owns its format.
/// </summary>
public interface IConversationContextStore
{
    /// <summary>The context, or null when there is none or it has expired.</summary>
    string? Find(string conversationKey);

    void Save(string conversationKey, string context, TimeSpan lifetime);

    void Remove(string conversationKey);
}
