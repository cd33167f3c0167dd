using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>Time per candidate gathering (top 30) for one variant at one size, in microseconds.</summary>
/// <param name="IntrinsicP99">The p99 over questions of each question's median of repeats: its own cost, free of
/// the machine's scheduling noise (other builds share these two cores).</param>
internal sealed record SpeedResult(string Variant, int Cards, double Median, double P99, double IntrinsicP99)
{
    public const string Analysis = "(our analyzer on the question, shared by every row)";
    public const string OnDisk = "Lucene BM25, 5 fields, on disk (MMapDirectory)";

    /// <param name="disk">The per-field index opened from an FSDirectory.</param>
    public static List<SpeedResult> Measure(
        int size, KnowledgeSnapshot snapshot, IReadOnlyList<EvalCase> cases, LuceneCardIndex one, LuceneCardIndex per, LuceneCardIndex disk, TimeSpan budget)
    {
        var index = snapshot.Index;
        var questions = cases.Select(c => c.Question).ToArray();
        var corrected = questions.Select(q => LuceneComparison.Analyze(index, q, correctTypos: true)).ToArray();
        var uncorrected = questions.Select(q => LuceneComparison.Analyze(index, q, correctTypos: false)).ToArray();
        var variants = GatheringVariant.All(index, one, per)
            .Where(v => v.Name is not GatheringVariant.OursNoTypos and not GatheringVariant.LuceneAllFields and not GatheringVariant.LuceneNoTypos)
            .ToList();
        variants.Insert(4, new GatheringVariant(OnDisk, true, (q, n) => disk.Top(LuceneQueries.Build(q, LuceneQueries.FiveFields), n)));

        var results = new List<SpeedResult>();
        int Analyse(int i) => LuceneComparison.Analyze(index, questions[i], correctTypos: true).Terms.Count;
        var analysis = LuceneComparison.Time(questions.Length, Analyse, budget);
        results.Add(new SpeedResult(Analysis, size, analysis.Median, analysis.P99, LuceneComparison.Intrinsic(questions.Length, Analyse).P99));
        foreach (var variant in variants)
        {
            var input = variant.CorrectTypos ? corrected : uncorrected;
            int Gather(int i) => variant.Top(input[i], 30).Length;
            var samples = LuceneComparison.Time(input.Length, Gather, budget);
            var intrinsic = LuceneComparison.Intrinsic(input.Length, Gather);
            results.Add(new SpeedResult(variant.Name, size, samples.Median, samples.P99, intrinsic.P99));
            LuceneComparison.Log($"[{size}] {variant.Name}: median {samples.Median:0} µs, p99 {samples.P99:0} µs ({samples.Count} runs), per-question p99 {intrinsic.P99:0} µs");
        }

        return results;
    }
}
