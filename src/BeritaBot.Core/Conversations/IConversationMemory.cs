using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Conversations;

/// <summary>
/// What front ends tell the conversation memory besides questions (those go through
/// <see cref="IAnswerService.Ask"/> with <see cref="AskContext.Conversation"/> set).
/// </summary>
public interface IConversationMemory
{
    /// <summary>Forgets the conversation (<c>/start</c>): the next question stands alone.</summary>
    void Reset(ConversationKey key);

    /// <summary>Records an answer given outside a question (a suggestion pressed, a topic chosen) as the conversation's topic.</summary>
    void Remember(ConversationKey key, Answer answer);

    /// <summary>
    /// Lets <paramref name="target"/> continue where <paramref name="source"/> is now: a reply to the bot's answer message
    /// continues the conversation that answer belonged to, whoever replies and however much later it went on.
    /// </summary>
    void Share(ConversationKey source, ConversationKey target);
}
