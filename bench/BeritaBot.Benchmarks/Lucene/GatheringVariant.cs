using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>One way of gathering candidates: from an analysed question (typo-corrected or not) to card ordinals, best first.</summary>
internal sealed record GatheringVariant(string Name, bool CorrectTypos, Func<AnalyzedText, int, int[]> Top)
{
    public const string Ours = "ours: BM25F postings";
    public const string OursNoTypos = "ours, typo corrector off";
    public const string LuceneOneField = "Lucene BM25, one field";
    public const string LuceneFiveFields = "Lucene BM25, 5 fields (issue 14's boosts)";
    public const string LuceneAllFields = "Lucene BM25, all 7 fields";
    public const string LuceneNoTypos = "Lucene BM25, 5 fields, typo corrector off";
    public const string LuceneFuzzy = "Lucene BM25, 5 fields + FuzzyQuery, typo corrector off";

    /// <summary>The variants compared, over our index and Lucene indexes of the same cards (one field and per field).</summary>
    public static GatheringVariant[] All(CardIndex index, LuceneCardIndex oneField, LuceneCardIndex perField)
    {
        var ours = new OurCandidates(index);
        bool Known(string term) => index.TermId(term) >= 0;
        return
        [
            new(Ours, true, ours.Top),
            new(OursNoTypos, false, ours.Top),
            new(LuceneOneField, true, (q, n) => oneField.Top(LuceneQueries.Build(q, LuceneQueries.OneField), n)),
            new(LuceneFiveFields, true, (q, n) => perField.Top(LuceneQueries.Build(q, LuceneQueries.FiveFields), n)),
            new(LuceneAllFields, true, (q, n) => perField.Top(LuceneQueries.Build(q, LuceneQueries.AllFields), n)),
            new(LuceneNoTypos, false, (q, n) => perField.Top(LuceneQueries.Build(q, LuceneQueries.FiveFields), n)),
            new(LuceneFuzzy, false, (q, n) => perField.Top(LuceneQueries.Build(q, LuceneQueries.FiveFields, Known), n)),
        ];
    }
}
