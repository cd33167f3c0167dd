namespace BeritaBot.Core.Insights;

/// <summary>What editors need to improve the cards: the questions the bot could not answer, and the answers readers disliked.</summary>
public sealed record EditorReport(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? Since,
    IReadOnlyList<UnansweredGroup> Unanswered,
    IReadOnlyList<UnhelpfulCard> Unhelpful,
    string? Problem = null);
