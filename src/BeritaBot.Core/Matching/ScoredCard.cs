using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Matching;

/// <summary>A candidate card, the evidence for it and the model's verdict.</summary>
/// <param name="Features">The <see cref="MatchFeature"/> values, indexed by the enum.</param>
/// <param name="Fit">The model's ranking score: its linear sum without the margin and the not-covered claim.</param>
/// <param name="NotCovered">One of the card's <c>not_covered</c> questions claims the question.</param>
/// <param name="Confidence">The model's probability that this card answers the question.</param>
/// <param name="TopicConfidence">
/// The same probability leaving out the not-covered claim: how sure the matcher is that the question is about this
/// card, whether or not the card answers it. A claimed question this sure is declined with what the card reports.
/// </param>
internal sealed record ScoredCard(int Card, int BestPhrasing, double[] Features, double Fit, bool NotCovered, double Confidence = 0, double TopicConfidence = 0)
{
    public double this[MatchFeature feature] => Features[(int)feature];
}
