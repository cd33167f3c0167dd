using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Conversations;

/// <summary>One answered question of a conversation.</summary>
/// <param name="CardId">The card that answered.</param>
/// <param name="Text">What was matched: the question, with the topic's words when it was read as a follow-up.</param>
internal sealed record ConversationTurn(string CardId, string Text, AnswerLanguage Language);
