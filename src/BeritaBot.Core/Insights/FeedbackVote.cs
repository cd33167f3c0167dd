namespace BeritaBot.Core.Insights;

/// <summary>A reader's vote on an answer.</summary>
/// <param name="CardId">The card that answered.</param>
/// <param name="Question">The question it answered.</param>
/// <param name="VoterKey">
/// A platform-scoped voter id (e.g. "telegram:12345"), used only to keep one vote per reader per answer;
/// implementations must store a one-way hash of it, never the id itself.
/// </param>
public sealed record FeedbackVote(string CardId, string Question, string VoterKey, bool Helpful, string Platform);
