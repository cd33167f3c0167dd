using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using FuzzySharp;
using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer.Composite;

namespace BeritaBot.Benchmarks;

/// <summary>
/// What a developer would write first: FuzzySharp's <c>Process.ExtractOne</c> with WeightedRatio over every phrasing
/// of every card. Phrasings are normalised once with our <see cref="TextNormalizer"/> and passed with an identity
/// processor, since FuzzySharp's default processor turns non-ASCII letters into spaces.
/// </summary>
internal sealed class NaiveBaseline
{
    private readonly (string CardId, string Text)[] _phrasings;

    public NaiveBaseline(IReadOnlyList<Card> cards)
    {
        _phrasings = cards
            .SelectMany(c => c.Questions.Select(q => (c.Id, Normalize(q))))
            .ToArray();
    }

    public int PhrasingCount => _phrasings.Length;

    public static string Normalize(string text) => string.Join(' ', TextNormalizer.Tokenize(text));

    /// <summary>The card of the best-scoring phrasing, and its score.</summary>
    public (string? CardId, int Score) Best(string question)
    {
        var query = (CardId: string.Empty, Text: Normalize(question));
        var best = Process.ExtractOne(query, _phrasings, p => p.Text, ScorerCache.Get<WeightedRatioScorer>());
        return best is null ? (null, 0) : (best.Value.CardId, best.Score);
    }
}
