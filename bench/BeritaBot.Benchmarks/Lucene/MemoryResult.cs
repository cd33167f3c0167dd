using System.Diagnostics;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using Lucene.Net.Store;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>One index's managed heap, build time, open time (on-disk only) and size on disk.</summary>
internal sealed record MemoryRow(string Name, double HeapMb, double? BuildMs, double? OpenMs = null, double? FirstQueryMs = null, double? DiskMb = null);

/// <summary>Memory and start-up of each index at one size (100,000 cards), and the time per gathering there.</summary>
internal sealed record MemoryResult(int Cards, List<MemoryRow> Rows)
{
    public static (MemoryResult Memory, List<SpeedResult> Speed) Measure(KnowledgeSnapshot snapshot, IReadOnlyList<EvalCase> cases, TimeSpan budget)
    {
        var rows = new List<MemoryRow>();
        var size = snapshot.Cards.Count;

        // Ours: a second CardIndex of the loaded cards, all of it (postings, idf, terms, phrasings and the per-card
        // facts the re-ranker reads, the analyzer and its typo trigrams), then the postings alone by their size.
        var before = Heap();
        var clock = Stopwatch.StartNew();
        var ours = CardIndex.Build(snapshot.Cards, snapshot.Aliases, snapshot.SourcesById, snapshot.Entities);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        rows.Add(new MemoryRow("ours: CardIndex, everything the matcher reads", Mb(Heap() - before), buildMs));
        var postings = ours.Postings.Sum(p => 24L + (8L * p.Length)) + 24L + (8L * ours.Idf.Length);
        rows.Add(new MemoryRow("ours: its postings and idf alone (counted, 8 bytes a posting)", Mb(postings), null));
        GC.KeepAlive(ours);
        ours = null;
        LuceneComparison.Log($"[{size}] ours built in {buildMs / 1000:0.0} s");

        clock.Restart();
        var cards = AnalysedCards.Read(snapshot);
        LuceneComparison.Log($"[{size}] cards analysed for Lucene in {clock.Elapsed.TotalSeconds:0.0} s");

        var per = RamIndex("Lucene RAMDirectory, 5+2 fields", cards, LuceneLayout.PerField, rows);
        var one = RamIndex("Lucene RAMDirectory, one field", cards, LuceneLayout.OneField, rows);
        LuceneComparison.Log($"[{size}] Lucene RAM indexes built");

        var path = Path.Combine(Path.GetTempPath(), "beritabot-lucene-100000");
        clock.Restart();
        LuceneCardIndex.Write(FSDirectory.Open(path), cards, LuceneLayout.PerField);
        var writeMs = clock.Elapsed.TotalMilliseconds;
        cards = null;

        // Opening a built index, as a start from a cache would: the median of five opens (files in the page cache).
        var opens = new List<double>();
        var firsts = new List<double>();
        var probe = LuceneComparison.Analyze(snapshot.Index, cases[0].Question, correctTypos: true);
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            using var opened = LuceneCardIndex.Open(FSDirectory.Open(path));
            opens.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = opened.Top(LuceneQueries.Build(probe, LuceneQueries.FiveFields), 30);
            firsts.Add(clock.Elapsed.TotalMilliseconds);
        }

        before = Heap();
        var disk = LuceneCardIndex.Open(FSDirectory.Open(path));
        _ = disk.Top(LuceneQueries.Build(probe, LuceneQueries.FiveFields), 30);
        var diskMb = Mb(new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length));
        rows.Add(new MemoryRow("Lucene FSDirectory (MMapDirectory), 5+2 fields", Mb(Heap() - before), writeMs, Median(opens), Median(firsts), diskMb));
        LuceneComparison.Log($"[{size}] on disk: {diskMb:0.0} MB, open {Median(opens):0.0} ms");

        var speed = SpeedResult.Measure(size, snapshot, cases, one, per, disk, budget);
        per.Dispose();
        one.Dispose();
        disk.Dispose();
        return (new MemoryResult(size, rows), speed);
    }

    /// <summary>Builds a RAMDirectory index; records the heap's growth while building and the files' own size.</summary>
    private static LuceneCardIndex RamIndex(string name, List<(string Field, string Terms)>[] cards, LuceneLayout layout, List<MemoryRow> rows)
    {
        var before = Heap();
        var clock = Stopwatch.StartNew();
        var index = LuceneCardIndex.Build(new RAMDirectory(), cards, layout);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        var grown = Heap() - before;
        var files = ((RAMDirectory)index.Directory).GetSizeInBytes();
        LuceneComparison.Log($"[{cards.Length}] {name}: heap grew {Mb(grown):0.0} MB, files {Mb(files):0.0} MB");
        rows.Add(new MemoryRow(name, Mb(grown), buildMs, DiskMb: Mb(files)));
        return index;
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Mb(long bytes) => bytes / 1048576.0;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
