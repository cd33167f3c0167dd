namespace BeritaBot.Core.Evaluation;

/// <summary>One question of an evaluation set and what should answer it.</summary>
/// <param name="Expected">A card id (or <c>source:id</c> for an article's byline), several accepted ids separated by '|', <c>none</c>, or a <c>?gap:</c> marker.</param>
public sealed record EvalCase(string Category, string Expected, string Question, int Line)
{
    /// <summary>The coverage does not answer this question: the bot should decline.</summary>
    public bool IsOutOfScope => Expected == EvalSet.None;

    /// <summary>The articles answer this but no card does yet; not scored.</summary>
    public bool IsGap => Expected.StartsWith(EvalSet.GapPrefix, StringComparison.Ordinal);

    public bool HasCard => !IsOutOfScope && !IsGap;

    /// <summary>Cards that answer the question equally well (an answer spread over overlapping cards).</summary>
    public IReadOnlyList<string> AcceptedCards => HasCard ? Expected.Split('|', StringSplitOptions.TrimEntries) : [];

    public bool Accepts(string? card) => card is not null && AcceptedCards.Contains(card, StringComparer.Ordinal);
}
