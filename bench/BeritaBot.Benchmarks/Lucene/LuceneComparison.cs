using System.Diagnostics;
using System.Globalization;
using System.Text;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using Lucene.Net.Store;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>
/// <c>--lucene [--seconds S] [--large CARDS] [--out FILE]</c>: Lucene.Net as the candidate-gathering index against ours, fed the same
/// analysed terms. Accuracy (recall@30, recall@1) on the held-out and dev sets and generated knowledge, time per
/// gathering at 10,000 and 100,000 cards, and memory and open time at 100,000; prints Markdown (docs/lucene-comparison.md).
/// </summary>
internal static class LuceneComparison
{
    private const int Candidates = 30;

    public static int Run(string[] args)
    {
        var seconds = double.Parse(Value(args, "--seconds") ?? "3", CultureInfo.InvariantCulture);
        var budget = TimeSpan.FromSeconds(seconds);
        Log($"load average at the start: {LoadAtStart}");
        var root = BenchData.RepositoryRoot;
        var sets = new (string Name, string Folder, IReadOnlyList<EvalCase> Cases)[]
        {
            ("bundled held-out", Path.Combine(root, "knowledge"), EvalSet.Load(Path.Combine(root, "tests", "BeritaBot.Core.Tests", "Eval", "heldout-set.tsv"))),
            ("election dev", Path.Combine(root, "tests", "coverages", "election", "knowledge"), EvalSet.Load(Path.Combine(root, "tests", "coverages", "election", "dev-set.tsv"))),
            ("sports dev", Path.Combine(root, "tests", "coverages", "sports", "knowledge"), EvalSet.Load(Path.Combine(root, "tests", "coverages", "sports", "dev-set.tsv"))),
        };
        var (generated, generatedQueries) = BenchData.Get(10_000);

        var accuracy = new List<AccuracyResult>();
        foreach (var (name, folder, cases) in sets)
        {
            var snapshot = Load(folder);
            var cards = AnalysedCards.Read(snapshot);
            using var one = LuceneCardIndex.Build(new RAMDirectory(), cards, LuceneLayout.OneField);
            using var per = LuceneCardIndex.Build(new RAMDirectory(), cards, LuceneLayout.PerField);
            accuracy.Add(AccuracyResult.Measure(name, snapshot.Index, cases, GatheringVariant.All(snapshot.Index, one, per)));
            Log($"[{name}] {accuracy[^1].InScope} in-scope questions measured");
        }

        var speed = new List<SpeedResult>();
        var tenThousand = Load(generated);
        {
            var cards = AnalysedCards.Read(tenThousand);
            using var one = LuceneCardIndex.Build(new RAMDirectory(), cards, LuceneLayout.OneField);
            using var per = LuceneCardIndex.Build(new RAMDirectory(), cards, LuceneLayout.PerField);
            var onDisk = Path.Combine(Path.GetTempPath(), "beritabot-lucene-10000");
            LuceneCardIndex.Write(FSDirectory.Open(onDisk), cards, LuceneLayout.PerField);
            using var disk = LuceneCardIndex.Open(FSDirectory.Open(onDisk));
            accuracy.Add(AccuracyResult.Measure("generated 10,000", tenThousand.Index, generatedQueries, GatheringVariant.All(tenThousand.Index, one, per)));
            Log("[generated 10,000] accuracy measured");
            speed.AddRange(SpeedResult.Measure(10_000, tenThousand, generatedQueries, one, per, disk, budget));
        }

        tenThousand = null;
        var large = int.Parse(Value(args, "--large") ?? "100000", CultureInfo.InvariantCulture);
        var (folder100k, queries100k) = BenchData.Get(large);
        var (memory, speed100k) = MemoryResult.Measure(Load(folder100k), queries100k, budget);
        speed.AddRange(speed100k);

        var markdown = Report(accuracy, speed, memory, budget);
        Console.WriteLine(markdown);
        if (Value(args, "--out") is { } output)
        {
            File.WriteAllText(output, markdown);
        }

        return 0;
    }

    public static KnowledgeSnapshot Load(string folder)
    {
        var (store, load) = KnowledgeStore.Open(folder);
        return store?.Current ?? throw new InvalidOperationException($"{folder} does not load: {load.Errors.First()}");
    }

    public static AnalyzedText Analyze(CardIndex index, string question, bool correctTypos) =>
        index.Analyzer.Analyze(TextNormalizer.Tokenize(question), correctTypos);

    public static void Log(string message) => Console.Error.WriteLine(message);

    private static string Report(List<AccuracyResult> accuracy, List<SpeedResult> speed, MemoryResult memory, TimeSpan budget)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"Candidate gathering, top {Candidates}: recall@30 / recall@5 / recall@1 (%), a card the label accepts among the first 30 / 5 / first. (in-scope questions a card answers)");
        md.AppendLine();
        md.Append("| gathering |");
        foreach (var set in accuracy)
        {
            md.Append(inv, $" {set.Name} ({set.InScope}) |");
        }

        md.AppendLine(" all sets, mean |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", accuracy.Count + 1)));
        foreach (var variant in accuracy[0].Variants.Keys)
        {
            md.Append(inv, $"| {variant} |");
            foreach (var set in accuracy)
            {
                var r = set.Variants[variant];
                md.Append(inv, $" {r.All.At30:0.0} / {r.All.At5:0.0} / {r.All.At1:0.0} |");
            }

            md.AppendLine(inv, $" {accuracy.Average(s => s.Variants[variant].All.At30):0.0} / {accuracy.Average(s => s.Variants[variant].All.At5):0.0} / {accuracy.Average(s => s.Variants[variant].All.At1):0.0} |");
        }

        md.Append("| ours after the re-ranker (the bot's top candidate) |");
        foreach (var set in accuracy)
        {
            md.Append(inv, $" – / – / {set.ReRankedAt1:0.0} |");
        }

        md.AppendLine(inv, $" – / – / {accuracy.Average(s => s.ReRankedAt1):0.0} |");

        md.AppendLine();
        md.AppendLine("The typo category only (recall@30 / recall@5 / recall@1, %):");
        md.AppendLine();
        md.Append("| gathering |");
        foreach (var set in accuracy)
        {
            md.Append(inv, $" {set.Name} ({set.Typos}) |");
        }

        md.AppendLine(" all typo questions |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", accuracy.Count + 1)));
        foreach (var variant in accuracy[0].Variants.Keys)
        {
            md.Append(inv, $"| {variant} |");
            foreach (var set in accuracy)
            {
                var r = set.Variants[variant];
                md.Append(inv, $" {r.Typo.At30:0.0} / {r.Typo.At5:0.0} / {r.Typo.At1:0.0} |");
            }

            var hits30 = accuracy.Sum(s => s.Variants[variant].Typo.At30 * s.Typos);
            var hits5 = accuracy.Sum(s => s.Variants[variant].Typo.At5 * s.Typos);
            var hits1 = accuracy.Sum(s => s.Variants[variant].Typo.At1 * s.Typos);
            var total = accuracy.Sum(s => s.Typos);
            md.AppendLine(inv, $" {hits30 / total:0.0} / {hits5 / total:0.0} / {hits1 / total:0.0} |");
        }

        md.AppendLine();
        md.AppendLine(inv, $"Time per candidate gathering (µs; the question already analysed; {budget.TotalSeconds:0} s timed loop per row after a warm-up; per-question p99 = the p99 over questions of each one's median of 7 runs; the 375 generated questions, seed 1):");
        md.AppendLine();
        md.AppendLine(inv, $"| gathering | 10,000 median | 10,000 p99 | 10,000 per-question p99 | {memory.Cards:N0} median | {memory.Cards:N0} p99 | {memory.Cards:N0} per-question p99 |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var variant in speed.Select(s => s.Variant).Distinct())
        {
            var small = speed.FirstOrDefault(s => s.Variant == variant && s.Cards == 10_000);
            var large = speed.FirstOrDefault(s => s.Variant == variant && s.Cards == memory.Cards);
            md.AppendLine(inv, $"| {variant} | {small?.Median:0} | {small?.P99:0} | {small?.IntrinsicP99:0} | {large?.Median:0} | {large?.P99:0} | {large?.IntrinsicP99:0} |");
        }

        md.AppendLine();
        md.AppendLine(inv, $"Memory and start at {memory.Cards:N0} cards (managed heap after a full GC, the index alone; the cards themselves are loaded either way):");
        md.AppendLine();
        md.AppendLine("| index | managed heap | build | open a built index | first query after open | files (on disk, or in the RAMDirectory) |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in memory.Rows)
        {
            md.AppendLine(inv, $"| {row.Name} | {row.HeapMb:0.0} MB | {Seconds(row.BuildMs)} | {Millis(row.OpenMs)} | {Millis(row.FirstQueryMs)} | {(row.DiskMb is { } d ? d.ToString("0.0 MB", inv) : "–")} |");
        }

        md.AppendLine();
        md.AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, load average {LoadAtStart} at the start, {LoadAverage()} at the end; .NET {Environment.Version}.");
        return md.ToString();
    }

    private static string Seconds(double? ms) => ms is { } v ? (v / 1000).ToString("0.0 s", CultureInfo.InvariantCulture) : "–";

    private static string Millis(double? ms) => ms is { } v ? v.ToString(v < 10 ? "0.0 ms" : "0 ms", CultureInfo.InvariantCulture) : "–";

    private static readonly string LoadAtStart = LoadAverage();

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Per question the median of seven runs: each question's own cost, whatever else the machine does.</summary>
    public static Latencies Intrinsic(int count, Func<int, int> run)
    {
        var sink = 0;
        var result = new Latencies();
        for (var q = 0; q < count; q++)
        {
            var each = new Latencies();
            for (var r = 0; r < 7; r++)
            {
                var t = Stopwatch.GetTimestamp();
                sink += run(q);
                each.Add(Stopwatch.GetTimestamp() - t);
            }

            result.Add((long)(each.Median * Stopwatch.Frequency / 1_000_000));
        }

        GC.KeepAlive(sink);
        return result;
    }

    /// <summary>The median and p99 of <paramref name="run"/> over the questions, after a warm-up of a third of the budget.</summary>
    public static Latencies Time(int count, Func<int, int> run, TimeSpan budget)
    {
        var sink = 0;
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < budget / 3; i++)
        {
            sink += run(i % count);
        }

        var samples = new Latencies();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < budget || samples.Count < count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            sink += run(i % count);
            samples.Add(Stopwatch.GetTimestamp() - t);
        }

        GC.KeepAlive(sink);
        return samples;
    }
}
