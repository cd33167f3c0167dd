using System.Globalization;
using System.Text;

namespace BeritaBot.Benchmarks;

/// <summary>The <c>--scale</c> results as the Markdown table docs/performance.md carries: one column per size.</summary>
internal static class ScaleReport
{
    public static string Markdown(IReadOnlyList<ScaleResult> results, (double Median, double Min, double Max, double HelpMedian)? startup, TimeSpan elapsed)
    {
        var b = new StringBuilder();
        b.Append("| measure | ").AppendJoin(" | ", results.Select(r => N(r.Cards) + " cards")).Append(" |\n");
        b.Append("|---|").Append(string.Concat(results.Select(_ => "---:|"))).Append('\n');
        Row(b, results, "phrasings (questions in cards)", r => N(r.Phrasings));
        Row(b, results, "machine load average (1 min) at start → end", r => r.MachineLoad);
        Row(b, results, "question: median", r => Us(r.AskMedianUs));
        Row(b, results, "question: p99", r => Us(r.AskP99Us));
        Row(b, results, "question: max", r => Us(r.AskMaxUs));
        Row(b, results, "question: samples", r => N(r.AskCount));
        Row(b, results, "question: share over 1 ms", r => P(r.AskOver1MsShare));
        Row(b, results, "question: p99 of per-question medians (own cost)", r => Us(r.AskIntrinsicP99Us));
        Row(b, results, "control: fixed computation of the same median, p99", r => $"{Us(r.NoiseP99Us)} ({P(r.NoiseOver1MsShare)} over 1 ms)");
        Row(b, results, "autocomplete keystroke (25 choices): median", r => Us(r.KeystrokeMedianUs));
        Row(b, results, "autocomplete keystroke: p99", r => Us(r.KeystrokeP99Us));
        Row(b, results, "autocomplete keystroke: max", r => Us(r.KeystrokeMaxUs));
        Row(b, results, "questions/s, 1 thread", r => N((long)r.QpsOneThread));
        Row(b, results, "questions/s, 2 threads", r => N((long)r.QpsTwoThreads));
        Row(b, results, "managed heap after full GC (knowledge only)", r => Mb(r.ManagedMb));
        Row(b, results, "working set after load (whole process)", r => Mb(r.WorkingSetMb));
        Row(b, results, "load + validate + index (first load)", r => Ms(r.LoadMs));
        Row(b, results, "of which index build", r => Ms(r.IndexBuildMs));
        Row(b, results, "reload (`KnowledgeStore.Reload`): median", r => Ms(r.ReloadMedianMs));
        Row(b, results, "reloads under 2 asking threads", r => N(r.LoadedReloads));
        Row(b, results, "questions during that run / failed", r => $"{N(r.LoadedQuestions)} / {N(r.LoadedFailures)}");
        Row(b, results, "max question latency overlapping a reload", r => Ms(r.LoadedMaxDuringReloadMs));
        Row(b, results, "p99 question latency overlapping a reload", r => Ms(r.LoadedP99DuringReloadMs));
        Row(b, results, "questions > 50 ms in that run", r => N(r.LoadedOver50Ms));
        Row(b, results, "GC pause total in that run", r => Ms(r.LoadedGcPauseMs));
        Row(b, results, "naive baseline: sample (in-scope questions)", r => N(r.BaselineSample));
        Row(b, results, "naive baseline: median per question", r => Ms(r.BaselineMedianMs));
        Row(b, results, "ours on the same sample: median", r => Us(r.OursOnSampleMedianUs));
        Row(b, results, "speed-up over the baseline", r => r.SpeedRatio.ToString("#,0", CultureInfo.InvariantCulture) + "×");
        Row(b, results, "top-1 on the sample: baseline / ours", r => $"{P(r.BaselineTop1OnSample)} / {P(r.OursTop1OnSample)}");
        Row(b, results, "ours, all questions: top-1 in scope", r => $"{P(r.OursTop1)} of {N(r.InScope)}");
        Row(b, results, "ours: answered correctly (above threshold)", r => P(r.OursAnsweredCorrectly));
        Row(b, results, "ours: out-of-scope declined", r => P(r.OursOutOfScopeDeclined));
        foreach (var category in results.SelectMany(r => r.OursTop1ByCategory.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            Row(b, results, $"ours: {category} ({(category == "none" ? "declined" : "top-1")})", r => r.OursTop1ByCategory.TryGetValue(category, out var v) ? P(v) : "–");
        }

        if (startup is { } s)
        {
            b.Append('\n').Append(CultureInfo.InvariantCulture, $"`ask` one question on the real knowledge, separate process, warm build (10 runs): median {s.Median:0} ms, min {s.Min:0} ms, max {s.Max:0} ms; `--help` (runtime and CLI only): median {s.HelpMedian:0} ms.\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"\nWhole scale run: {elapsed.TotalMinutes:0.0} min.\n");
        return b.ToString();
    }

    private static void Row(StringBuilder b, IReadOnlyList<ScaleResult> results, string name, Func<ScaleResult, string> cell) =>
        b.Append("| ").Append(name).Append(" | ").AppendJoin(" | ", results.Select(cell)).Append(" |\n");

    private static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Us(double microseconds) => microseconds >= 1000
        ? (microseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " ms"
        : microseconds.ToString("0", CultureInfo.InvariantCulture) + " µs";

    private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.0" : "#,0", CultureInfo.InvariantCulture) + " ms";

    private static string Mb(double megabytes) => megabytes.ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string P(double share) => double.IsNaN(share) ? "–" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
