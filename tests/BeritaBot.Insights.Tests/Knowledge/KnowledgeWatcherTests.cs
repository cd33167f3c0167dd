using BeritaBot.Core.Knowledge;
using BeritaBot.Host.Knowledge;
using BeritaBot.Insights.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Insights.Tests.Knowledge;

public sealed class KnowledgeWatcherTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);

    private readonly TempFolder _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly RecordingLogger<KnowledgeWatcher> _logger = new();
    private readonly List<ReloadResult> _reloads = [];
    private string _folder = string.Empty;
    private KnowledgeStore _store = null!;
    private KnowledgeWatcher _watcher = null!;

    public async Task InitializeAsync()
    {
        _folder = TestKnowledge.Create(_temp.Path);
        var (store, load) = KnowledgeStore.Open(_folder, _time);
        _store = store ?? throw new InvalidOperationException(string.Join("; ", load.Errors));
        _watcher = new KnowledgeWatcher(
            _store,
            Options.Create(new KnowledgeOptions { Watch = true, WatchDebounce = Debounce }),
            _time,
            _logger);
        _watcher.ReloadCompleted += (_, result) =>
        {
            lock (_reloads)
            {
                _reloads.Add(result);
            }
        };
        await _watcher.StartAsync(CancellationToken.None);
        await _watcher.Watching.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Watch_BurstOfTenSaves_ReloadsOnce()
    {
        var names = Enumerable.Range(1, 10).Select(i => $"kartu-baru-{i}").ToList();
        foreach (var name in names)
        {
            File.WriteAllText(TestKnowledge.CardPath(_folder, name), NewCard($"Pertanyaan nomor {name}?"));
        }

        await Eventually.True(
            () => names.All(n => _watcher.PendingFiles.Contains($"cards/{n}.md")),
            "the watcher saw all ten files");
        _time.Advance(Debounce - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, ReloadCount);

        _time.Advance(TimeSpan.FromMilliseconds(1));

        await Eventually.True(() => ReloadCount == 1, "one reload");
        var reload = Reloads[0];
        Assert.True(reload.Succeeded);
        Assert.Equal(KnowledgeWatcher.Trigger, reload.Trigger);
        Assert.Equal(names.Order(StringComparer.Ordinal), reload.Diff.Added.Order(StringComparer.Ordinal));
        Assert.Equal(12, _store.Current.Cards.Count);
        Assert.Equal(1, ReloadCount);
    }

    [Fact]
    public async Task Watch_InvalidSave_KeepsServingOldKnowledgeAndPicksUpTheNextValidSave()
    {
        var path = TestKnowledge.CardPath(_folder, "penjaga-perdamaian");
        var served = _store.Current.CardsById["penjaga-perdamaian"];
        File.WriteAllText(path, "---\ntitle: Rusak\nquestions: [Berapa penjaga perdamaian Rusia?]\nsources: [sumber-yang-tidak-ada]\n---\nJawaban.\n");

        await Eventually.True(() => _watcher.PendingFiles.Contains("cards/penjaga-perdamaian.md"), "the watcher saw the broken save");
        _time.Advance(Debounce);
        await Eventually.True(() => ReloadCount == 1, "a reload attempt");

        Assert.False(Reloads[0].Succeeded);
        Assert.Same(served, _store.Current.CardsById["penjaga-perdamaian"]);
        Assert.Contains(
            _logger.AtLevel(LogLevel.Warning),
            e => e.Message.StartsWith("Knowledge change not applied: cards/penjaga-perdamaian.md:4: error: unknown source id", StringComparison.Ordinal));

        File.WriteAllText(path, TestKnowledge.PeacekeepersCard.Replace("2.000", "dua ribu", StringComparison.Ordinal));
        await Eventually.True(() => _watcher.PendingFiles.Contains("cards/penjaga-perdamaian.md"), "the watcher saw the fixed save");
        _time.Advance(Debounce);
        await Eventually.True(() => ReloadCount == 2, "a second reload");

        Assert.True(Reloads[1].Succeeded);
        Assert.Equal(["penjaga-perdamaian"], Reloads[1].Diff.Changed);
        Assert.Contains("dua ribu", _store.Current.CardsById["penjaga-perdamaian"].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_UnrelatedAndHiddenFiles_AreIgnored()
    {
        File.WriteAllText(Path.Combine(_folder, "cards", ".gencatan-senjata.md.swp"), "x");
        File.WriteAllText(Path.Combine(_folder, "catatan.txt"), "x");
        File.WriteAllText(Path.Combine(_folder, "cards", "penanda.md"), NewCard("Penanda?"));

        await Eventually.True(() => _watcher.PendingFiles.Contains("cards/penanda.md"), "the watcher saw the card");

        Assert.Equal(["cards/penanda.md"], _watcher.PendingFiles);
    }

    private int ReloadCount
    {
        get
        {
            lock (_reloads)
            {
                return _reloads.Count;
            }
        }
    }

    private List<ReloadResult> Reloads
    {
        get
        {
            lock (_reloads)
            {
                return [.. _reloads];
            }
        }
    }

    private static string NewCard(string question) => $"""
        ---
        title: Kartu uji
        questions:
          - {question}
        sources: [sumber-satu]
        ---
        Jawaban uji.
        """;

    public async Task DisposeAsync() => await _watcher.StopAsync(CancellationToken.None);

    public void Dispose()
    {
        _watcher.Dispose();
        _temp.Dispose();
    }
}
