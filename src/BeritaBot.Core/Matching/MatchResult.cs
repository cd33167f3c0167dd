namespace BeritaBot.Core.Matching;

/// <summary>The analysed question and its candidate cards, best first.</summary>
internal sealed record MatchResult(AnalyzedText Query, IReadOnlyList<ScoredCard> Ranked)
{
    public ScoredCard? Best => Ranked.Count > 0 ? Ranked[0] : null;
}
