using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>
/// Every card's indexed texts as our analyzer reads them, field by field, as pre-tokenised text (terms joined by
/// spaces): what Lucene is fed, so that it indexes exactly the terms <see cref="CardIndex"/> indexes. The texts and
/// fields are those <see cref="CardIndex.Build"/> reads (its <c>IndexedTexts</c>), one value per text.
/// </summary>
internal static class AnalysedCards
{
    public const string Phrasings = "phrasings";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Answer = "answer";
    public const string AnswerEn = "answer_en";
    public const string Source = "source";
    public const string NotCovered = "not_covered";

    /// <summary>Per card, (field, analysed text) pairs in the order the card gives them.</summary>
    public static List<(string Field, string Terms)>[] Read(KnowledgeSnapshot snapshot)
    {
        var index = snapshot.Index;
        var result = new List<(string, string)>[snapshot.Cards.Count];
        for (var c = 0; c < result.Length; c++)
        {
            var card = snapshot.Cards[c];
            var texts = new List<(string, string)>();
            foreach (var (text, field) in Texts(card, snapshot.SourcesById))
            {
                var terms = index.Analyzer.Analyze(text, correctTypos: false).Terms;
                if (terms.Count > 0)
                {
                    texts.Add((field, string.Join(' ', terms)));
                }
            }

            result[c] = texts;
        }

        return result;
    }

    private static IEnumerable<(string Text, string Field)> Texts(Card card, IReadOnlyDictionary<string, Source> sources)
    {
        foreach (var q in card.Questions)
        {
            yield return (q, Phrasings);
        }

        foreach (var q in card.NotCovered)
        {
            yield return (q, NotCovered);
        }

        yield return (card.Title, Title);
        foreach (var k in card.Keywords)
        {
            yield return (k, Keywords);
        }

        yield return (card.Answer, Answer);
        if (card.AnswerEn is not null)
        {
            yield return (card.AnswerEn, AnswerEn);
        }

        foreach (var id in card.SourceIds)
        {
            if (sources.TryGetValue(id, out var source))
            {
                yield return ($"{source.Outlet.Split('(')[0]} {source.Agency} {source.Published?.Year}", Source);
            }
        }
    }
}
