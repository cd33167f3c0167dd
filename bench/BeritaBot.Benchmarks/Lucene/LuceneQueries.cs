using BeritaBot.Core.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>Queries over <see cref="LuceneCardIndex"/> from our analysed question: one SHOULD clause per term and field.</summary>
internal static class LuceneQueries
{
    /// <summary>Issue 14's per-field boosts, which are <c>Bm25FieldWeights</c>' for these fields.</summary>
    public static readonly (string Field, float Boost)[] FiveFields =
    [
        (AnalysedCards.Phrasings, 1f), (AnalysedCards.Title, 1f), (AnalysedCards.Keywords, 0.8f),
        (AnalysedCards.Answer, 0.6f), (AnalysedCards.AnswerEn, 0.6f),
    ];

    /// <summary>Every field our index reads, with its weights: the five plus the articles (0.3) and open questions (1).</summary>
    public static readonly (string Field, float Boost)[] AllFields =
        [.. FiveFields, (AnalysedCards.Source, 0.3f), (AnalysedCards.NotCovered, 1f)];

    public static readonly (string Field, float Boost)[] OneField = [(LuceneCardIndex.AllField, 1f)];

    /// <param name="fuzzyUnless">When given, a term for which it is false (a word the knowledge does not know) is
    /// looked up with a <see cref="FuzzyQuery"/>: one edit for 3–5 letters, two for longer, as Elasticsearch's AUTO.</param>
    public static Query Build(AnalyzedText question, (string Field, float Boost)[] fields, Func<string, bool>? fuzzyUnless = null)
    {
        var query = new BooleanQuery();
        for (var i = 0; i < question.Terms.Count; i++)
        {
            var term = question.Terms[i];
            var factor = (float)question.Factors[i];
            var edits = fuzzyUnless is null || fuzzyUnless(term) ? 0 : term.Length switch
            {
                < 3 => 0,
                <= 5 => 1,
                _ => 2,
            };
            foreach (var (field, boost) in fields)
            {
                Query clause = edits == 0
                    ? new TermQuery(new Term(field, term))
                    : new FuzzyQuery(new Term(field, term), edits);
                clause.Boost = boost * factor;
                query.Add(clause, Occur.SHOULD);
            }
        }

        return query;
    }
}
