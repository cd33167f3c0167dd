using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Presentation;

/// <summary>A question offered after an answer; opening it answers its card in <paramref name="Language"/>.</summary>
/// <param name="Question">A phrasing of the card in that language (falls back to the card's first phrasing).</param>
public sealed record FollowUp(string CardId, string Question, AnswerLanguage Language)
{
    /// <summary>The phrasing, or the card's title when it has none.</summary>
    public static FollowUp From(CardReference card, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new FollowUp(card.CardId, string.IsNullOrWhiteSpace(card.Question) ? card.Title : card.Question, language);
    }
}
