using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>Recall@30, recall@5 and recall@1 in percent.</summary>
internal readonly record struct Recall(double At30, double At5, double At1);

/// <summary>One question set's recall per gathering variant, over its in-scope questions that a card answers.</summary>
internal sealed record AccuracyResult(string Name, int InScope, int Typos, Dictionary<string, (Recall All, Recall Typo)> Variants, double ReRankedAt1)
{
    private const string TypoCategory = "typo";

    public static AccuracyResult Measure(string name, CardIndex index, IReadOnlyList<EvalCase> cases, GatheringVariant[] variants)
    {
        // Byline questions ("source:id") are answered from sources.yaml, never through the index.
        var questions = cases
            .Where(c => c.HasCard)
            .Select(c => (Case: c, Accepted: c.AcceptedCards.Where(index.TryOrdinalOfCard).Select(index.OrdinalOf).ToHashSet()))
            .Where(q => q.Accepted.Count > 0)
            .ToArray();
        var corrected = questions.Select(q => LuceneComparison.Analyze(index, q.Case.Question, correctTypos: true)).ToArray();
        var uncorrected = questions.Select(q => LuceneComparison.Analyze(index, q.Case.Question, correctTypos: false)).ToArray();
        var typos = questions.Count(q => q.Case.Category == TypoCategory);

        var results = new Dictionary<string, (Recall, Recall)>(StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            int hits30 = 0, hits5 = 0, hits1 = 0, typo30 = 0, typo5 = 0, typo1 = 0;
            for (var i = 0; i < questions.Length; i++)
            {
                var top = variant.Top(variant.CorrectTypos ? corrected[i] : uncorrected[i], 30);
                var at30 = top.Any(questions[i].Accepted.Contains);
                var at5 = top.Take(5).Any(questions[i].Accepted.Contains);
                var at1 = top.Length > 0 && questions[i].Accepted.Contains(top[0]);
                var isTypo = questions[i].Case.Category == TypoCategory;
                hits30 += at30 ? 1 : 0;
                hits5 += at5 ? 1 : 0;
                hits1 += at1 ? 1 : 0;
                typo5 += at5 && isTypo ? 1 : 0;
                typo30 += at30 && isTypo ? 1 : 0;
                typo1 += at1 && isTypo ? 1 : 0;
            }

            results[variant.Name] = (
                new Recall(Percent(hits30, questions.Length), Percent(hits5, questions.Length), Percent(hits1, questions.Length)),
                new Recall(Percent(typo30, typos), Percent(typo5, typos), Percent(typo1, typos)));
        }

        // What the bot makes of our candidates: the fitted model's first card for the same analysed question.
        var reRanked = 0;
        for (var i = 0; i < questions.Length; i++)
        {
            var ranked = CardMatcher.Rank(index, corrected[i], keep: 1, prefixTerms: null);
            reRanked += ranked.Count > 0 && questions[i].Accepted.Contains(ranked[0].Card) ? 1 : 0;
        }

        return new AccuracyResult(name, questions.Length, typos, results, Percent(reRanked, questions.Length));
    }

    private static double Percent(int part, int whole) => whole == 0 ? double.NaN : 100.0 * part / whole;
}

internal static class CardIndexExtensions
{
    public static bool TryOrdinalOfCard(this CardIndex index, string card) => index.TryOrdinalOf(card, out _);
}
