using BeritaBot.Core.Conversations;

namespace BeritaBot.Core.Answering;

/// <summary>Where a question came from. Deliberately carries nothing that identifies a person.</summary>
public sealed record AskContext(string Platform)
{
    public static AskContext Console { get; } = new("console");

    /// <summary>
    /// The conversation the question belongs to, so a follow-up ("terus kapan?") is read with what it is about. Null:
    /// the question stands alone.
    /// </summary>
    public ConversationKey? Conversation { get; init; }
}
