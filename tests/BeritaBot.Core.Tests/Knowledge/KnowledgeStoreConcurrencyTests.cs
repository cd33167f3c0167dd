using System.Collections.Concurrent;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge;

/// <summary>
/// Readers ask continuously while a writer reloads the folder between two valid versions and a broken one. The
/// versions share some card ids, rename one card, and cite different sources, and every title and answer names its
/// version: an answer that mixed two snapshots would show a title, source or related card of the other version.
/// </summary>
public class KnowledgeStoreConcurrencyTests
{
    private const int Reloads = 60;
    private const int Readers = 3;

    private static readonly string[] Questions =
    [
        "kapan gencatan senjata ditandatangani?",
        "siapa pasukan penjaga perdamaian?",
        "When was the ceasefire signed?",
        "berapa jumlah korban perang?",
    ];

    [Fact]
    public async Task Ask_WhileReloadingBetweenVersions_EveryAnswerComesFromOneVersion()
    {
        using var folder = new TempKnowledgeFolder();
        WriteVersion(folder, "A");
        var (store, load) = KnowledgeStore.Open(folder.Path);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        var answers = Answers.Over(store!);

        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Factory.StartNew(() =>
        {
            var i = r;
            do
            {
                try
                {
                    var answer = answers.Ask(Questions[i++ % Questions.Length]);
                    if (Inconsistency(answer) is { } problem)
                    {
                        failures.Enqueue(problem);
                    }
                    else if (answer.IsAnswered)
                    {
                        Interlocked.Increment(ref answered);
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue("Ask threw " + ex);
                }
            }
            while (!done.IsCancellationRequested);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        var writer = Task.Factory.StartNew(() =>
        {
            try
            {
                for (var n = 0; n < Reloads; n++)
                {
                    var kind = n % 3;
                    if (kind == 1)
                    {
                        WriteBroken(folder);
                    }
                    else
                    {
                        WriteVersion(folder, kind == 0 ? "B" : "A");
                    }

                    var result = store!.Reload("test");
                    if (result.Succeeded != (kind != 1))
                    {
                        failures.Enqueue($"reload {n} (kind {kind}) succeeded={result.Succeeded}: {string.Join("; ", result.Errors)}");
                    }
                }

                WriteVersion(folder, "B");
                var last = store!.Reload("test");
                if (!last.Succeeded)
                {
                    failures.Enqueue("last reload failed: " + string.Join("; ", last.Errors));
                }
            }
            finally
            {
                done.Cancel();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var all = Task.WhenAll(readers.Append(writer));
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60))));
        await all;

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        Assert.True(answered > 0, "no question was answered at all, so nothing was checked");
        Assert.Equal(["ceasefire-b", "keepers", "victims"], store!.Current.Cards.Select(c => c.Id));
        var final = answers.Ask("kapan gencatan senjata ditandatangani?");
        Assert.Equal("ceasefire-b", final.CardId);
        Assert.Null(Inconsistency(final));
    }

    /// <summary>Null when the answer is wholly from one version; otherwise what mixes.</summary>
    private static string? Inconsistency(Answer answer)
    {
        if (!answer.IsAnswered)
        {
            return answer.Sources.Count == 0 && answer.Related.Count == 0 ? null : $"unanswered but has sources/related: {answer}";
        }

        var version = answer.Title!.EndsWith("versi A", StringComparison.Ordinal) ? "A" : "B";
        var label = "versi " + version;
        var problems = new List<string>();
        if (answer.CardId == "ceasefire-a" && version != "A" || answer.CardId == "ceasefire-b" && version != "B")
        {
            problems.Add("card id of the other version");
        }

        if (answer.Sources.Count != 1 || answer.Sources[0].Id != "src-" + version.ToLowerInvariant())
        {
            problems.Add("sources " + string.Join(",", answer.Sources.Select(s => s.Id)));
        }

        if (!answer.Text.Contains(label, StringComparison.Ordinal))
        {
            problems.Add("text " + answer.Text);
        }

        var offered = answer.Related.Concat(answer.Suggestions).ToList();
        if (answer.CardId!.StartsWith("ceasefire", StringComparison.Ordinal) && answer.Related.Count != 2)
        {
            problems.Add($"{answer.Related.Count} related cards instead of 2");
        }

        problems.AddRange(offered.Where(o => !o.Title.EndsWith(label, StringComparison.Ordinal)).Select(o => $"offers {o.CardId} '{o.Title}'"));
        return problems.Count == 0 ? null : $"{answer.CardId} ({label}): {string.Join("; ", problems)}";
    }

    private static void WriteVersion(TempKnowledgeFolder folder, string v)
    {
        var source = "src-" + v.ToLowerInvariant();
        var ceasefire = "ceasefire-" + v.ToLowerInvariant();
        var label = "versi " + v;
        folder.Write("sources.yaml", $"sources:\n  - id: {source}\n    outlet: Koran {v}\n    title: Artikel {label}\n");
        folder.ReplaceCards(new Dictionary<string, string>
        {
            [ceasefire + ".md"] = TempKnowledgeFolder.Card("Kapan gencatan senjata ditandatangani?", sources: $"[{source}]", related: "[keepers, victims]", title: "Gencatan senjata " + label, body: $"Gencatan senjata ditandatangani 10 November 2020 ({label}).", answerEn: $"The ceasefire was signed on 10 November 2020 ({label})."),
            ["keepers.md"] = TempKnowledgeFolder.Card("Siapa pasukan penjaga perdamaian?", sources: $"[{source}]", related: $"[{ceasefire}]", title: "Penjaga perdamaian " + label, body: $"Pasukan penjaga perdamaian Rusia ({label}).", answerEn: $"Russian peacekeepers ({label})."),
            ["victims.md"] = TempKnowledgeFolder.Card("Berapa jumlah korban perang?", sources: $"[{source}]", related: $"[{ceasefire}]", title: "Korban perang " + label, body: $"Ribuan tentara tewas ({label}).", answerEn: $"Thousands of soldiers died ({label})."),
        });
    }

    private static void WriteBroken(TempKnowledgeFolder folder)
    {
        WriteVersion(folder, "A");
        folder.Write("cards/keepers.md", "---\ntitle: rusak\nquestions:\n  - a\n - b\n---\nJawaban.\n");
    }
}
