using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks;

/// <summary>
/// The <c>--scale</c> mode: for each size, a child process loads the knowledge and measures with a Stopwatch what
/// BenchmarkDotNet does not report well: percentiles, memory, throughput on two threads, load, reload, latency while
/// reloading, and accuracy against the naive baseline. Then the <c>ask</c> start-up time on the real knowledge.
/// </summary>
internal static class ScaleRunner
{
    private const string ResultPrefix = "RESULT ";
    private const int AutocompleteLimit = 25;
    private static readonly int[] DefaultSizes = [60, 1_000, 10_000, 100_000];

    public static int RunAll(string[] args)
    {
        var sizes = Value(args, "--sizes") is { } list
            ? list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : DefaultSizes;
        var seconds = Value(args, "--seconds") ?? "5";
        var output = Value(args, "--out");
        var results = new List<ScaleResult>();
        var total = Stopwatch.StartNew();
        foreach (var size in sizes)
        {
            var generating = Stopwatch.StartNew();
            _ = BenchData.Get(size);
            Log($"[{size}] data ready in {generating.Elapsed.TotalSeconds:0.0} s ({BenchData.CacheFolder})");
            var result = RunChild(size, seconds);
            if (result is null)
            {
                return 1;
            }

            results.Add(result);
        }

        var startup = args.Contains("--no-startup") ? null : StartupTimes();
        var markdown = ScaleReport.Markdown(results, startup, total.Elapsed);
        Console.WriteLine(markdown);
        if (output is not null)
        {
            File.WriteAllText(output, markdown);
            File.WriteAllText(Path.ChangeExtension(output, ".json"), JsonSerializer.Serialize(results, JsonOptions));
        }

        return 0;
    }

    public static int RunOne(string[] args)
    {
        var size = int.Parse(Value(args, "--scale-one")!, CultureInfo.InvariantCulture);
        var seconds = double.Parse(Value(args, "--seconds") ?? "5", CultureInfo.InvariantCulture);
        var result = Measure(size, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, JsonOptions));
        return 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private static ScaleResult? RunChild(int size, string seconds)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.FileName = self;
            start.ArgumentList.Add(typeof(ScaleRunner).Assembly.Location);
        }
        else
        {
            start.FileName = self;
        }

        foreach (var a in new[] { "--scale-one", size.ToString(CultureInfo.InvariantCulture), "--seconds", seconds })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        ScaleResult? result = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<ScaleResult>(line[ResultPrefix.Length..], JsonOptions);
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }

        child.WaitForExit();
        if (child.ExitCode != 0 || result is null)
        {
            Log($"[{size}] the measuring process failed (exit {child.ExitCode})");
            return null;
        }

        return result;
    }

    private static ScaleResult Measure(int size, TimeSpan budget)
    {
        var (folder, queries) = BenchData.Get(size);
        var questions = queries.Select(q => q.Question).ToArray();
        var loadBefore = LoadAverage();

        // Memory: the managed heap after a full GC, before and after loading; the working set after loading.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loading = Stopwatch.StartNew();
        var (store, answers) = BenchService.Open(folder);
        var loadMs = loading.Elapsed.TotalMilliseconds;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managedMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetMb = process.WorkingSet64 / 1048576.0;
        Log($"[{size}] loaded {store.Current.Cards.Count} cards in {loadMs:0} ms; managed {managedMb:0.0} MB, working set {workingSetMb:0.0} MB");

        var indexing = Stopwatch.StartNew();
        _ = CardIndex.Build(store.Current.Cards, store.Current.Aliases);
        var indexMs = indexing.Elapsed.TotalMilliseconds;

        // The first pass warms the JIT and the stem cache, and is the accuracy pass.
        var accuracy = Accuracy(answers, queries);

        // Tiered JIT: the first pass runs mostly unoptimised code. Keep asking until the hot path is at tier 1.
        var warmup = Stopwatch.StartNew();
        for (var i = 0; warmup.Elapsed < budget / 2; i++)
        {
            answers.Ask(questions[i % questions.Length]);
            answers.Autocomplete(questions[i % questions.Length][..(1 + (i % questions[i % questions.Length].Length))], AutocompleteLimit);
        }

        var ask = new Latencies();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < budget || ask.Count < questions.Length; i++)
        {
            var q = questions[i % questions.Length];
            var t = Stopwatch.GetTimestamp();
            answers.Ask(q);
            ask.Add(Stopwatch.GetTimestamp() - t);
        }

        Log($"[{size}] ask: {ask.Count} questions, median {ask.Median:0} µs, p99 {ask.P99:0} µs, max {ask.Max:0} µs");

        // Each question's own cost, free of the machine's scheduling noise: the median of repeats, then percentiles over questions.
        var intrinsic = new Latencies();
        foreach (var q in questions.Take(400))
        {
            var each = new Latencies();
            for (var r = 0; r < 7; r++)
            {
                var t = Stopwatch.GetTimestamp();
                answers.Ask(q);
                each.Add(Stopwatch.GetTimestamp() - t);
            }

            intrinsic.Add((long)(each.Median * Stopwatch.Frequency / 1_000_000));
        }

        var noise = NoiseFloor(ask.Median, budget / 2);
        Log($"[{size}] per-question medians: p99 {intrinsic.P99:0} µs; fixed work of the same median: p99 {noise.P99:0} µs, {noise.CountAbove(1000) * 100.0 / noise.Count:0.0}% over 1 ms");

        var keystrokes = Keystrokes(answers, questions, budget);
        Log($"[{size}] autocomplete: {keystrokes.Count} keystrokes, median {keystrokes.Median:0} µs, p99 {keystrokes.P99:0} µs");

        var qpsOne = 1_000_000.0 / ask.Mean;
        var qpsTwo = Throughput(answers, questions, threads: 2, budget);
        Log($"[{size}] throughput: {qpsOne:0} q/s on one thread, {qpsTwo:0} q/s on two");

        var reloads = new Latencies();
        for (var i = 0; i < (size >= 100_000 ? 2 : 3); i++)
        {
            var t = Stopwatch.GetTimestamp();
            var reload = store.Reload("bench");
            reloads.Add(Stopwatch.GetTimestamp() - t);
            if (!reload.Succeeded)
            {
                throw new InvalidOperationException("reload failed: " + reload.Errors.First());
            }
        }

        Log($"[{size}] reload: median {reloads.Median / 1000:0} ms");

        var loaded = ReloadUnderLoad(store, answers, questions, reloadCount: size >= 100_000 ? 2 : 5);
        Log($"[{size}] reload under load: {loaded.Reloads} reloads, {loaded.Questions} questions, {loaded.Failures} failures, max {loaded.MaxDuringReloadMs:0.0} ms during reloads");

        var baseline = Baseline(store.Current.Cards, answers, queries, size);
        Log($"[{size}] baseline: {baseline.Sample} questions, median {baseline.BaselineMedianMs:0.0} ms vs ours {baseline.OursMedianUs:0} µs; top-1 {baseline.BaselineTop1:P0} vs ours {baseline.OursTop1:P0}");

        return new ScaleResult
        {
            MachineLoad = $"{loadBefore} → {LoadAverage()}",
            Cards = store.Current.Cards.Count,
            Phrasings = store.Current.Cards.Sum(c => c.Questions.Count),
            Questions = queries.Count,
            LoadMs = loadMs,
            IndexBuildMs = indexMs,
            ManagedMb = managedMb,
            WorkingSetMb = workingSetMb,
            AskCount = ask.Count,
            AskMedianUs = ask.Median,
            AskP99Us = ask.P99,
            AskMaxUs = ask.Max,
            AskIntrinsicP99Us = intrinsic.P99,
            NoiseMedianUs = noise.Median,
            NoiseP99Us = noise.P99,
            NoiseOver1MsShare = (double)noise.CountAbove(1000) / noise.Count,
            AskOver1MsShare = (double)ask.CountAbove(1000) / ask.Count,
            KeystrokeCount = keystrokes.Count,
            KeystrokeMedianUs = keystrokes.Median,
            KeystrokeP99Us = keystrokes.P99,
            KeystrokeMaxUs = keystrokes.Max,
            QpsOneThread = qpsOne,
            QpsTwoThreads = qpsTwo,
            ReloadMedianMs = reloads.Median / 1000,
            ReloadMaxMs = reloads.Max / 1000,
            LoadedReloads = loaded.Reloads,
            LoadedQuestions = loaded.Questions,
            LoadedFailures = loaded.Failures,
            LoadedMaxMs = loaded.MaxMs,
            LoadedMaxDuringReloadMs = loaded.MaxDuringReloadMs,
            LoadedP99DuringReloadMs = loaded.P99DuringReloadMs,
            LoadedOver50Ms = loaded.Over50Ms,
            LoadedGcPauseMs = loaded.GcPauseMs,
            InScope = accuracy.InScope,
            OursTop1 = accuracy.Top1,
            OursAnsweredCorrectly = accuracy.AnsweredCorrectly,
            OursOutOfScopeDeclined = accuracy.Declined,
            OursTop1ByCategory = accuracy.ByCategory,
            BaselineSample = baseline.Sample,
            BaselineMedianMs = baseline.BaselineMedianMs,
            OursOnSampleMedianUs = baseline.OursMedianUs,
            SpeedRatio = baseline.BaselineMedianMs * 1000 / baseline.OursMedianUs,
            BaselineTop1OnSample = baseline.BaselineTop1,
            OursTop1OnSample = baseline.OursTop1,
        };
    }

    private static (int InScope, double Top1, double AnsweredCorrectly, double Declined, Dictionary<string, double> ByCategory) Accuracy(
        IAnswerService answers, IReadOnlyList<EvalCase> queries)
    {
        int inScope = 0, top1 = 0, correct = 0, none = 0, declined = 0;
        var byCategory = new Dictionary<string, (int Hits, int Total)>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            var answer = answers.Ask(q.Question);
            var (hits, total) = byCategory.GetValueOrDefault(q.Category);
            bool hit;
            if (q.IsOutOfScope)
            {
                none++;
                hit = answer.Status != AnswerStatus.Answered;
                declined += hit ? 1 : 0;
            }
            else
            {
                inScope++;
                hit = q.Accepts(BenchService.TopCard(answer));
                top1 += hit ? 1 : 0;
                correct += answer.Status == AnswerStatus.Answered && q.Accepts(answer.CardId) ? 1 : 0;
            }

            byCategory[q.Category] = (hits + (hit ? 1 : 0), total + 1);
        }

        return (inScope, Share(top1, inScope), Share(correct, inScope), Share(declined, none),
            byCategory.ToDictionary(kv => kv.Key, kv => Share(kv.Value.Hits, kv.Value.Total), StringComparer.Ordinal));
    }

    /// <summary>
    /// Pure computation sized like a median question, timed the same way: what this machine's scheduling alone does
    /// to a p99 (a shared 2-core VM pauses a running thread for milliseconds now and then).
    /// </summary>
    private static Latencies NoiseFloor(double medianUs, TimeSpan budget)
    {
        var spins = 1000;
        var sink = 0.0;
        var probe = Stopwatch.GetTimestamp();
        for (var i = 0; i < spins; i++)
        {
            sink += Math.Sqrt(i);
        }

        var perSpin = Math.Max(1e-4, Latencies.ToMicroseconds(Stopwatch.GetTimestamp() - probe) / spins);
        spins = Math.Max(100, (int)(medianUs / perSpin));
        var result = new Latencies();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < budget)
        {
            var t = Stopwatch.GetTimestamp();
            for (var i = 0; i < spins; i++)
            {
                sink += Math.Sqrt(i + result.Count);
            }

            result.Add(Stopwatch.GetTimestamp() - t);
        }

        GC.KeepAlive(sink);
        return result;
    }

    private static Latencies Keystrokes(IAnswerService answers, string[] questions, TimeSpan budget)
    {
        var prefixes = questions.Take(60).SelectMany(q => Enumerable.Range(1, q.Length).Select(n => q[..n])).ToArray();
        foreach (var p in prefixes.Take(200))
        {
            answers.Autocomplete(p, AutocompleteLimit);
        }

        var result = new Latencies();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < budget || result.Count < prefixes.Length; i++)
        {
            var p = prefixes[i % prefixes.Length];
            var t = Stopwatch.GetTimestamp();
            answers.Autocomplete(p, AutocompleteLimit);
            result.Add(Stopwatch.GetTimestamp() - t);
        }

        return result;
    }

    private static double Throughput(IAnswerService answers, string[] questions, int threads, TimeSpan budget)
    {
        var counts = new long[threads];
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, threads).Select(n => new Thread(() =>
        {
            var i = n * 7919;
            long done = 0;
            while (!stop.IsCancellationRequested)
            {
                answers.Ask(questions[i++ % questions.Length]);
                done++;
            }

            counts[n] = done;
        })).ToArray();
        var clock = Stopwatch.StartNew();
        foreach (var w in workers)
        {
            w.Start();
        }

        Thread.Sleep(budget);
        stop.Cancel();
        foreach (var w in workers)
        {
            w.Join();
        }

        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static LoadedReloads ReloadUnderLoad(KnowledgeStore store, IAnswerService answers, string[] questions, int reloadCount)
    {
        var samples = new List<(long Start, long Ticks)>[2];
        var failures = 0;
        using var stop = new CancellationTokenSource();
        var askers = Enumerable.Range(0, 2).Select(n =>
        {
            samples[n] = new List<(long, long)>(1 << 16);
            return new Thread(() =>
            {
                var i = n * 7919;
                while (!stop.IsCancellationRequested)
                {
                    var t = Stopwatch.GetTimestamp();
                    try
                    {
                        if (answers.Ask(questions[i++ % questions.Length]).Status == AnswerStatus.Invalid)
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                    catch (Exception)
                    {
                        // Counted, not hidden: a question that throws during a reload is exactly what this measures.
                        Interlocked.Increment(ref failures);
                    }

                    samples[n].Add((t, Stopwatch.GetTimestamp() - t));
                }
            });
        }).ToArray();

        var pauseBefore = GC.GetTotalPauseDuration();
        foreach (var a in askers)
        {
            a.Start();
        }

        Thread.Sleep(500);
        var windows = new List<(long From, long To)>();
        for (var r = 0; r < reloadCount; r++)
        {
            var from = Stopwatch.GetTimestamp();
            var result = store.Reload("bench under load");
            windows.Add((from, Stopwatch.GetTimestamp()));
            if (!result.Succeeded)
            {
                failures++;
            }

            Thread.Sleep(200);
        }

        Thread.Sleep(300);
        stop.Cancel();
        foreach (var a in askers)
        {
            a.Join();
        }

        var gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        var all = new Latencies();
        var during = new Latencies();
        foreach (var (start, ticks) in samples.SelectMany(s => s))
        {
            all.Add(ticks);
            // A question overlaps a reload if it started before the reload ended and ended after it started.
            if (windows.Any(w => start <= w.To && start + ticks >= w.From))
            {
                during.Add(ticks);
            }
        }

        return new LoadedReloads(reloadCount, all.Count, failures, all.Max / 1000, during.Max / 1000, during.P99 / 1000, all.CountAbove(50_000), gcPause);
    }

    private static (int Sample, double BaselineMedianMs, double OursMedianUs, double BaselineTop1, double OursTop1) Baseline(
        IReadOnlyList<Card> cards, IAnswerService answers, IReadOnlyList<EvalCase> queries, int size)
    {
        // The baseline scores every phrasing for every question: a few seconds per question at 100,000 cards, so
        // the larger sizes use a smaller (evenly spread) sample of in-scope questions.
        var inScope = queries.Where(q => !q.IsOutOfScope).ToArray();
        var sampleSize = size switch { <= 100 => inScope.Length, <= 1_000 => 100, <= 10_000 => 30, _ => 6 };
        sampleSize = Math.Min(sampleSize, inScope.Length);
        var step = (double)inScope.Length / sampleSize;
        var sample = Enumerable.Range(0, sampleSize).Select(i => inScope[(int)(i * step)]).ToArray();
        var baseline = new NaiveBaseline(cards);
        _ = baseline.Best(sample[0].Question);
        var naive = new Latencies();
        var ours = new Latencies();
        int naiveHits = 0, ourHits = 0;
        foreach (var q in sample)
        {
            var t = Stopwatch.GetTimestamp();
            var (card, _) = baseline.Best(q.Question);
            naive.Add(Stopwatch.GetTimestamp() - t);
            naiveHits += q.Accepts(card) ? 1 : 0;

            var each = new Latencies();
            Answer? answer = null;
            for (var r = 0; r < 21; r++)
            {
                t = Stopwatch.GetTimestamp();
                answer = answers.Ask(q.Question);
                each.Add(Stopwatch.GetTimestamp() - t);
            }

            ours.Add((long)(each.Median * Stopwatch.Frequency / 1_000_000));
            ourHits += q.Accepts(BenchService.TopCard(answer!)) ? 1 : 0;
        }

        return (sampleSize, naive.Median / 1000, ours.Median, Share(naiveHits, sampleSize), Share(ourHits, sampleSize));
    }

    private static (double Median, double Min, double Max, double HelpMedian)? StartupTimes()
    {
        var dll = Path.Combine(BenchData.RepositoryRoot, "src", "BeritaBot", "bin", "Release", "net10.0", "BeritaBot.dll");
        if (!File.Exists(dll))
        {
            Log($"ask start-up not measured: build first (dotnet build -c Release src/BeritaBot); {dll} is missing");
            return null;
        }

        const string Question = "Kapan gencatan senjata Nagorno-Karabakh ditandatangani?";
        var ask = new Latencies();
        var help = new Latencies();
        for (var run = 0; run < 11; run++)
        {
            var a = RunProcess(dll, "ask", Question);
            var h = RunProcess(dll, "--help");
            if (run > 0)
            {
                // The first run warms the disk cache; a "warm build" is what the target is about.
                ask.Add(a);
                help.Add(h);
            }
        }

        Log($"ask start-up: median {ask.Median / 1000:0} ms (min {ask.Percentile(0) / 1000:0}, max {ask.Max / 1000:0}); --help {help.Median / 1000:0} ms");
        return (ask.Median / 1000, ask.Percentile(0) / 1000, ask.Max / 1000, help.Median / 1000);
    }

    private static long RunProcess(string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = BenchData.RepositoryRoot };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var t = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var ticks = Stopwatch.GetTimestamp() - t;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return ticks;
    }

    /// <summary>The 1-minute load average: other work on this shared machine shows up here, and in every number.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Share(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;

    internal static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static void Log(string message) => Console.Error.WriteLine(message);

    private sealed record LoadedReloads(int Reloads, int Questions, int Failures, double MaxMs, double MaxDuringReloadMs, double P99DuringReloadMs, int Over50Ms, double GcPauseMs);
}
