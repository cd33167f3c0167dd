namespace BeritaBot.Core.Matching;

/// <summary>A candidate card with its confidence and the evidence behind it (kept for diagnostics and tuning).</summary>
/// <param name="NotCovered">The question fits one of the card's <c>not_covered</c> questions better than any phrasing.</param>
internal sealed record ScoredCard(
    int Card,
    double Confidence,
    int BestPhrasing,
    double Coverage,
    double PhraseScore,
    double Fuzzy,
    double IntentAdjustment,
    double FoundFactor,
    double BaseScore,
    bool NotCovered = false);
