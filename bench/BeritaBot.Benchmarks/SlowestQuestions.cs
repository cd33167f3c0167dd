using System.Diagnostics;
using System.Globalization;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks;

/// <summary><c>--slowest N</c>: per-question median time at one size, slowest first: where to look when p99 is high.</summary>
internal static class SlowestQuestions
{
    public static int Run(string[] args)
    {
        var size = int.Parse(args[Array.IndexOf(args, "--slowest") + 1], CultureInfo.InvariantCulture);
        var (folder, queries) = BenchData.Get(size);
        var (store, answers) = BenchService.Open(folder);
        var warmup = Stopwatch.StartNew();
        for (var i = 0; warmup.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            answers.Ask(queries[i % queries.Count].Question);
        }

        // How the managed heap splits between the cards themselves and the search index built over them.
        var withoutExtra = GC.GetTotalMemory(forceFullCollection: true);
        var extraIndex = CardIndex.Build(store.Current.Cards, store.Current.Aliases);
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - withoutExtra;
        GC.KeepAlive(extraIndex);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"managed heap {withoutExtra / 1048576.0:0.0} MB with the knowledge loaded; one CardIndex of it: {indexBytes / 1048576.0:0.0} MB"));
        Breakdown(store.Current.Index, answers, queries.Select(q => q.Question).ToArray());
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        foreach (var q in queries)
        {
            answers.Ask(q.Question);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one pass: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / queries.Count / 1024.0:0.0} KB allocated per question; GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0.0} ms"));
        int slow = 0, slowWithGc = 0, gcSamples = 0;
        double gcSampleTotal = 0;
        var samples = 0;
        for (var round = 0; round < 10; round++)
        {
            foreach (var q in queries)
            {
                var before = GC.CollectionCount(0);
                var t = Stopwatch.GetTimestamp();
                answers.Ask(q.Question);
                var us = Latencies.ToMicroseconds(Stopwatch.GetTimestamp() - t);
                var gc = GC.CollectionCount(0) != before;
                samples++;
                if (gc)
                {
                    gcSamples++;
                    gcSampleTotal += us;
                }

                if (us > 2000)
                {
                    slow++;
                    slowWithGc += gc ? 1 : 0;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{samples} asks: {slow} over 2 ms, {slowWithGc} of them with a gen0+ GC inside; {gcSamples} asks had a GC inside, mean {gcSampleTotal / Math.Max(1, gcSamples):0} µs"));
        var timed = new List<(double Median, double Max, string Category, string Question)>();
        foreach (var q in queries)
        {
            var each = new Latencies();
            for (var r = 0; r < 15; r++)
            {
                var t = Stopwatch.GetTimestamp();
                answers.Ask(q.Question);
                each.Add(Stopwatch.GetTimestamp() - t);
            }

            timed.Add((each.Median, each.Max, q.Category, q.Question));
        }

        var all = timed.Select(t => t.Median).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries.Count} questions at {size} cards; per-question medians: median {all[all.Length / 2]:0} µs, max {all[^1]:0} µs"));
        foreach (var (median, max, category, question) in timed.OrderByDescending(t => t.Median).Take(15))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{median,9:0} µs (max {max,7:0})  [{category}] {question}"));
        }

        return 0;
    }

    /// <summary>Time and allocation of each stage of a question, summed over the set (after warm-up).</summary>
    private static void Breakdown(CardIndex index, IAnswerService answers, string[] questions)
    {
        var analyzed = questions.Select(q => index.Analyzer.Analyze(q, correctTypos: true)).ToArray();
        Stage("normalise + tokenise", () => { foreach (var q in questions) { TextNormalizer.Tokenize(q); } }, questions.Length);
        Stage("analyse (tokens, typos, aliases, stems)", () => { foreach (var q in questions) { index.Analyzer.Analyze(q, correctTypos: true); } }, questions.Length);
        Stage("analyse without typo correction", () => { foreach (var q in questions) { index.Analyzer.Analyze(q, correctTypos: false); } }, questions.Length);
        Stage("rank (index, re-rank, fuzzy)", () => { foreach (var a in analyzed) { CardMatcher.Rank(index, a, 6, prefixTerms: null); } }, questions.Length);
        Stage("fuzzy only: TokenSortRatio x 8 candidates' phrasings", () =>
        {
            foreach (var a in analyzed)
            {
                foreach (var s in CardMatcher.Rank(index, a, 8, prefixTerms: null))
                {
                    foreach (var p in index.Phrasings[s.Card])
                    {
                        FuzzySharp.Fuzz.Ratio(CardMatcher.SortWords(a.Normalized), p.SortedNormalized);
                    }
                }
            }
        }, questions.Length, note: "(includes a rank)");
        Stage("whole Ask", () => { foreach (var q in questions) { answers.Ask(q); } }, questions.Length);
    }

    private static void Stage(string name, Action run, int count, string note = "")
    {
        run();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var t = Stopwatch.GetTimestamp();
        for (var r = 0; r < 5; r++)
        {
            run();
        }

        var us = Latencies.ToMicroseconds(Stopwatch.GetTimestamp() - t) / (5.0 * count);
        var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (5.0 * count) / 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-55} {us,8:0.0} µs {kb,8:0.0} KB per question {note}"));
    }
}
