using System.Collections.Concurrent;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge;

/// <summary>
/// Readers ask continuously while a writer reloads the folder between two valid versions (different card ids and
/// sources) and a broken one. Every answer must come wholly from one version.
/// </summary>
public class KnowledgeStoreConcurrencyTests
{
    private const int Reloads = 45;
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
        folder.ReplaceCards(Version("a"));
        var (store, load) = KnowledgeStore.Open(folder.Path);
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        var answers = Answers.Over(store!);

        var failures = new ConcurrentQueue<string>();
        var answered = new ConcurrentDictionary<string, int>();
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Factory.StartNew(() =>
        {
            var i = r;
            do
            {
                try
                {
                    var answer = answers.Ask(Questions[i++ % Questions.Length]);
                    var problem = Inconsistency(answer);
                    if (problem is not null)
                    {
                        failures.Enqueue(problem);
                    }
                    else if (answer.CardId is not null)
                    {
                        answered.AddOrUpdate(VersionOf(answer.CardId), 1, (_, n) => n + 1);
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
                    folder.ReplaceCards(kind switch { 0 => Version("b"), 1 => Broken(), _ => Version("a") });
                    var result = store!.Reload("test");
                    if (result.Succeeded != (kind != 1))
                    {
                        failures.Enqueue($"reload {n} (kind {kind}) succeeded={result.Succeeded}: {string.Join("; ", result.Errors)}");
                    }
                }

                folder.ReplaceCards(Version("b"));
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
        Assert.True(answered.Values.Sum() > 0, "no question was answered at all, so nothing was checked");
        Assert.Equal(["ceasefire-b", "keepers-b", "victims-b"], store!.Current.Cards.Select(c => c.Id));
        Assert.Equal("ceasefire-b", answers.Ask("kapan gencatan senjata ditandatangani?").CardId);
    }

    /// <summary>Null when the answer is wholly from one version; otherwise what mixes.</summary>
    private static string? Inconsistency(Answer answer)
    {
        if (answer.CardId is null)
        {
            return answer.Sources.Count == 0 && answer.Related.Count == 0 ? null : $"unanswered but has sources/related: {answer}";
        }

        var version = VersionOf(answer.CardId);
        if (version is not ("a" or "b"))
        {
            return $"card {answer.CardId} belongs to neither version";
        }

        var source = version == "a" ? "src-one" : "src-two";
        if (answer.Sources.Any(s => s.Id != source) || answer.Sources.Count == 0)
        {
            return $"card {answer.CardId} cites {string.Join(",", answer.Sources.Select(s => s.Id))}";
        }

        var others = answer.Related.Concat(answer.Suggestions).Where(r => VersionOf(r.CardId) != version).ToArray();
        if (others.Length > 0)
        {
            return $"card {answer.CardId} offers {string.Join(",", others.Select(o => o.CardId))} from another version";
        }

        return answer.Text.Contains("versi " + version.ToUpperInvariant(), StringComparison.Ordinal)
            ? null
            : $"card {answer.CardId} has text from another version: {answer.Text}";
    }

    private static string VersionOf(string cardId) => cardId[^1..];

    private static Dictionary<string, string> Version(string v)
    {
        var source = v == "a" ? "[src-one]" : "[src-two]";
        var label = "versi " + v.ToUpperInvariant();
        return new()
        {
            [$"ceasefire-{v}.md"] = TempKnowledgeFolder.Card("Kapan gencatan senjata ditandatangani?", sources: source, related: $"[keepers-{v}, victims-{v}]", body: $"Gencatan senjata ditandatangani 10 November 2020 ({label})."),
            [$"keepers-{v}.md"] = TempKnowledgeFolder.Card("Siapa pasukan penjaga perdamaian?", sources: source, related: $"[ceasefire-{v}]", body: $"Pasukan penjaga perdamaian Rusia ({label})."),
            [$"victims-{v}.md"] = TempKnowledgeFolder.Card("Berapa jumlah korban perang?", sources: source, related: $"[ceasefire-{v}]", body: $"Ribuan tentara tewas ({label})."),
        };
    }

    private static Dictionary<string, string> Broken() => new(Version("a"))
    {
        ["keepers-a.md"] = "---\ntitle: rusak\nquestions:\n  - a\n - b\n---\nJawaban.\n",
    };
}
