using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Knowledge.Caching;
using BeritaBot.Core.Tests.Eval;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge.Caching;

public sealed class KnowledgeCacheTests : IDisposable
{
    private readonly string _cacheFolder = Path.Combine(Path.GetTempPath(), "beritabot-tests", "cache-" + Guid.NewGuid().ToString("N"));

    private string CachePath => Path.Combine(_cacheFolder, "knowledge.cache");

    public void Dispose()
    {
        if (Directory.Exists(_cacheFolder))
        {
            Directory.Delete(_cacheFolder, recursive: true);
        }
    }

    [Fact]
    public void Load_NoCacheFile_LoadsTheFolderAndWritesTheCache()
    {
        using var folder = new TempKnowledgeFolder();

        var load = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(load.FromCache);
        Assert.True(load.Result.Succeeded);
        Assert.True(File.Exists(CachePath));
        Assert.Empty(Directory.GetFiles(_cacheFolder, "*.tmp"));
    }

    [Fact]
    public void Load_CacheOfTheSameFolder_ServesTheSameCardsFromTheCache()
    {
        using var folder = new TempKnowledgeFolder();
        var built = new KnowledgeCache(CachePath).Load(folder.Path).Result.Snapshot!;

        var load = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.True(load.FromCache);
        AssertSameKnowledge(built, load.Result.Snapshot!);
    }

    [Fact]
    public void Load_RealKnowledgeFromTheCache_IndexEqualsTheBuiltOneAndEveryEvalQuestionIsAnsweredAlike()
    {
        var built = new KnowledgeCache(CachePath).Load(RealKnowledge.Folder).Result.Snapshot!;

        var cached = new KnowledgeCache(CachePath).Load(RealKnowledge.Folder);

        Assert.True(cached.FromCache);
        var snapshot = cached.Result.Snapshot!;
        AssertSameKnowledge(built, snapshot);
        var fromFolder = Answers.Over(new FixedKnowledgeStore(built));
        var fromCache = Answers.Over(new FixedKnowledgeStore(snapshot));
        var questions = EvalFiles.LoadCommitted().Select(c => c.Question).ToArray();
        Assert.NotEmpty(questions);
        foreach (var question in questions)
        {
            Assert.Equal(Describe(fromFolder.Ask(question)), Describe(fromCache.Ask(question)));
        }
    }

    [Fact]
    public void Load_FolderWithWarningsFromTheCache_KeepsTheLoadsWarnings()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("sources.yaml", TempKnowledgeFolder.SourcesYaml + "\n  - id: src-unused\n    outlet: Koran Tiga\n    title: Tak dikutip\n");
        var built = new KnowledgeCache(CachePath).Load(folder.Path).Result;

        var cached = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.True(cached.FromCache);
        Assert.Contains(built.Warnings, w => w.Message.Contains("src-unused", StringComparison.Ordinal));
        Assert.Equal(built.Problems, cached.Result.Problems);
    }

    [Fact]
    public void Load_CardChangedSinceTheCacheWasWritten_RebuildsAndRewritesTheCache()
    {
        using var folder = new TempKnowledgeFolder();
        new KnowledgeCache(CachePath).Load(folder.Path);
        folder.Write("cards/beta.md", TempKnowledgeFolder.Card("Siapa tokoh beta?", sources: "[src-two]", body: "Jawaban yang baru ditulis."));

        var stale = new KnowledgeCache(CachePath).Load(folder.Path);
        var again = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(stale.FromCache);
        Assert.Equal("Jawaban yang baru ditulis.", stale.Result.Snapshot!.CardsById["beta"].Answer);
        Assert.True(again.FromCache);
        Assert.Equal("Jawaban yang baru ditulis.", again.Result.Snapshot!.CardsById["beta"].Answer);
    }

    [Fact]
    public void Load_CardFileAdded_RebuildsWithTheNewCard()
    {
        using var folder = new TempKnowledgeFolder();
        new KnowledgeCache(CachePath).Load(folder.Path);
        folder.Write("cards/gamma.md", TempKnowledgeFolder.Card("Di mana gamma berada?"));

        var load = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(load.FromCache);
        Assert.Equal(["alpha", "beta", "gamma"], load.Result.Snapshot!.Cards.Select(c => c.Id));
    }

    [Theory]
    [InlineData(0.5, "corrupted")]
    [InlineData(0.99, "corrupted")]
    [InlineData(0.0, "not a knowledge cache file")]
    public void Load_ByteOfTheCacheFlipped_RejectsItAndRebuilds(double at, string reason)
    {
        using var folder = new TempKnowledgeFolder();
        new KnowledgeCache(CachePath).Load(folder.Path);
        var bytes = File.ReadAllBytes(CachePath);
        bytes[(int)(at * (bytes.Length - 1))] ^= 0x5A;
        File.WriteAllBytes(CachePath, bytes);

        var load = new KnowledgeCache(CachePath).Load(folder.Path);
        var again = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(load.FromCache);
        Assert.Contains(reason, load.RebuiltBecause, StringComparison.Ordinal);
        Assert.Equal(["alpha", "beta"], load.Result.Snapshot!.Cards.Select(c => c.Id));
        Assert.True(again.FromCache);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(100)]
    public void Load_CacheTruncated_RejectsItAndRebuilds(int keptBytes)
    {
        using var folder = new TempKnowledgeFolder();
        new KnowledgeCache(CachePath).Load(folder.Path);
        var bytes = File.ReadAllBytes(CachePath);
        File.WriteAllBytes(CachePath, bytes[..Math.Min(keptBytes, bytes.Length - 1)]);

        var load = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(load.FromCache);
        Assert.NotNull(load.RebuiltBecause);
        Assert.True(load.Result.Succeeded);
        Assert.True(new KnowledgeCache(CachePath).Load(folder.Path).FromCache);
    }

    [Fact]
    public void Load_CacheOfAnotherFormatVersion_IgnoresItAndRewritesItInThisOne()
    {
        using var folder = new TempKnowledgeFolder();
        new KnowledgeCache(CachePath, KnowledgeCache.FormatVersion + 1, logger: null).Load(folder.Path);

        var load = new KnowledgeCache(CachePath).Load(folder.Path);
        var again = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(load.FromCache);
        Assert.Contains($"cache format {KnowledgeCache.FormatVersion + 1}", load.RebuiltBecause, StringComparison.Ordinal);
        Assert.True(again.FromCache);
    }

    [Fact]
    public void Load_CacheOfAnotherFolder_IsNotUsedForThisOne()
    {
        using var first = new TempKnowledgeFolder();
        using var second = new TempKnowledgeFolder();
        second.Write("cards/gamma.md", TempKnowledgeFolder.Card("Di mana gamma berada?"));
        new KnowledgeCache(CachePath).Load(first.Path);

        var load = new KnowledgeCache(CachePath).Load(second.Path);

        Assert.False(load.FromCache);
        Assert.Contains("gamma", load.Result.Snapshot!.CardsById.Keys);
    }

    [Fact]
    public void Load_SameContentInAnotherFolder_UsesTheCacheWithThatFoldersPaths()
    {
        using var first = new TempKnowledgeFolder();
        using var second = new TempKnowledgeFolder();
        new KnowledgeCache(CachePath).Load(first.Path);

        var load = new KnowledgeCache(CachePath).Load(second.Path);

        Assert.True(load.FromCache);
        Assert.Equal(Path.GetFullPath(second.Path), load.Result.Snapshot!.Folder);
        Assert.Equal(second.FullPath("cards/alpha.md"), load.Result.Snapshot.CardsById["alpha"].FilePath);
    }

    [Fact]
    public void Load_BrokenFolder_ReturnsTheErrorsAndWritesNoCache()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Delete("sources.yaml");

        var load = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.False(load.Result.Succeeded);
        Assert.False(File.Exists(CachePath));
    }

    [Fact]
    public void Reload_StoreWithACache_ServesTheEditAndLeavesACacheOfIt()
    {
        using var folder = new TempKnowledgeFolder();
        var (store, _) = KnowledgeStore.Open(folder.Path, cache: new KnowledgeCache(CachePath));
        folder.Write("cards/alpha.md", TempKnowledgeFolder.Card("Kapan alpha terjadi?", related: "[beta]", body: "Jawaban sesudah diedit."));

        var result = store!.Reload("test");
        var next = new KnowledgeCache(CachePath).Load(folder.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(["alpha"], result.Diff.Changed);
        Assert.Equal("Jawaban sesudah diedit.", store.Current.CardsById["alpha"].Answer);
        Assert.True(next.FromCache);
        Assert.Equal("Jawaban sesudah diedit.", next.Result.Snapshot!.CardsById["alpha"].Answer);
    }

    private static void AssertSameKnowledge(KnowledgeSnapshot expected, KnowledgeSnapshot actual)
    {
        Assert.Equal(expected.Cards.Count, actual.Cards.Count);
        for (var i = 0; i < expected.Cards.Count; i++)
        {
            var (e, a) = (expected.Cards[i], actual.Cards[i]);
            Assert.Equal(
                (e.Id, e.Title, e.Answer, e.AnswerEn, e.Date, e.DatePrecision, e.FilePath),
                (a.Id, a.Title, a.Answer, a.AnswerEn, a.Date, a.DatePrecision, a.FilePath));
            Assert.Equal(e.Questions, a.Questions);
            Assert.Equal(e.SourceIds, a.SourceIds);
            Assert.Equal(e.Keywords, a.Keywords);
            Assert.Equal(e.NotCovered, a.NotCovered);
            Assert.Equal(e.Related, a.Related);
            Assert.Equal(e.Tags, a.Tags);
        }

        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.Aliases.Groups, actual.Aliases.Groups);
        Assert.Equal(expected.Entities.Kinds, actual.Entities.Kinds);
        IndexPartsComparer.AssertEqual(expected.Index.ToParts(), actual.Index.ToParts());
    }

    private static string Describe(BeritaBot.Core.Answering.Answer answer) =>
        string.Join(
            " | ",
            answer.Kind,
            answer.CardId,
            answer.BestCandidateId,
            BitConverter.DoubleToInt64Bits(answer.Confidence),
            answer.Text,
            string.Join(",", answer.Sources.Select(s => s.Id)),
            string.Join(",", answer.Suggestions.Select(s => s.CardId + ":" + s.Question)));
}
