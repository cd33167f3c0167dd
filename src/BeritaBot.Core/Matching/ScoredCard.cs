namespace BeritaBot.Core.Matching;

/// <summary>A candidate card with its confidence and the evidence behind it (kept for diagnostics and tuning).</summary>
internal sealed record ScoredCard(
    int Card,
    double Confidence,
    int BestPhrasing,
    double Coverage,
    double PhraseScore,
    double Fuzzy,
    double IntentAdjustment,
    double FoundFactor,
    double BaseScore);
