using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge;

public class KnowledgeStoreTests
{
    [Fact]
    public void Open_ValidFolder_ServesIt()
    {
        using var folder = new TempKnowledgeFolder();

        var (store, load) = KnowledgeStore.Open(folder.Path);

        Assert.NotNull(store);
        Assert.True(load.Succeeded);
        Assert.Equal(["alpha", "beta"], store.Current.Cards.Select(c => c.Id));
    }

    [Fact]
    public void Open_BrokenFolder_ReturnsNoStoreAndTheProblems()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Delete("sources.yaml");

        var (store, load) = KnowledgeStore.Open(folder.Path);

        Assert.Null(store);
        Assert.Contains(load.Errors, p => p.File == "sources.yaml");
    }

    [Fact]
    public void Reload_ValidEdit_SwapsSnapshotAndReportsDiff()
    {
        using var folder = new TempKnowledgeFolder();
        var (store, _) = KnowledgeStore.Open(folder.Path);
        ReloadResult? raised = null;
        store!.Reloaded += (_, r) => raised = r;
        var before = store.Current;

        folder.Write("cards/gamma.md", TempKnowledgeFolder.Card("Apa gamma?"));
        folder.Write("cards/beta.md", TempKnowledgeFolder.Card("Siapa tokoh beta?", sources: "[src-two]", body: "Jawaban yang sudah diperbaiki."));
        folder.Delete("cards/alpha.md");
        var result = store.Reload("test");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("test", result.Trigger);
        Assert.Equal(["gamma"], result.Diff.Added);
        Assert.Equal(["beta"], result.Diff.Changed);
        Assert.Equal(["alpha"], result.Diff.Removed);
        Assert.NotSame(before, store.Current);
        Assert.Equal(["beta", "gamma"], store.Current.Cards.Select(c => c.Id));
        Assert.Equal("Jawaban yang sudah diperbaiki.", store.Current.CardsById["beta"].Answer);
        Assert.Same(result, raised);
    }

    [Fact]
    public void Reload_NothingChanged_ReportsEmptyDiff()
    {
        using var folder = new TempKnowledgeFolder();
        var (store, _) = KnowledgeStore.Open(folder.Path);

        var result = store!.Reload("test");

        Assert.True(result.Succeeded);
        Assert.True(result.Diff.IsEmpty);
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsOldSnapshotAndReturnsErrors()
    {
        using var folder = new TempKnowledgeFolder();
        var (store, _) = KnowledgeStore.Open(folder.Path);
        var raised = false;
        store!.Reloaded += (_, _) => raised = true;
        var before = store.Current;

        folder.Write("cards/alpha.md", TempKnowledgeFolder.Card("Kapan?", sources: "[src-nope]"));
        folder.Write("cards/gamma.md", TempKnowledgeFolder.Card("Apa gamma?"));
        var result = store.Reload("test");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, p => p.File == "cards/alpha.md" && p.Line == 8);
        Assert.True(result.Diff.IsEmpty);
        Assert.Same(before, store.Current);
        Assert.False(store.Current.CardsById.ContainsKey("gamma"));
        Assert.False(raised);
    }

    [Theory]
    [InlineData("date: 2023-09-01\n", "date: 2023-09\n")]
    [InlineData("date: 2023-01-01\n", "date: 2023\n")]
    [InlineData("tags: [perang]\n", "tags: [damai]\n")]
    public void Reload_OnlyDateOrTagsChanged_ReportsTheCardAsChanged(string before, string after)
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("cards/beta.md", TempKnowledgeFolder.Card("Siapa tokoh beta?", sources: "[src-two]", extraFields: before));
        var (store, _) = KnowledgeStore.Open(folder.Path);

        folder.Write("cards/beta.md", TempKnowledgeFolder.Card("Siapa tokoh beta?", sources: "[src-two]", extraFields: after));
        var result = store!.Reload("test");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["beta"], result.Diff.Changed);
    }
}
