using BeritaBot.Core.Knowledge;
using BeritaBot.Insights.Tests;
using BeritaBot.Insights.Tests.Knowledge;
using BeritaBot.Storage.Postgres.Tests.Fixtures;

namespace BeritaBot.Storage.Postgres.Tests.Reload;

[Collection(PostgresTests.Name)]
public sealed class ReloadEverywhereTests(PostgresServer server)
{
    private const string NewAnswer = "Gencatan senjata diteken 10 November 2020 (jawaban baru).";

    [PostgresFact]
    public async Task Reload_OnOneInstance_EveryInstanceSwapsTheSameVersion()
    {
        using var bed = new StoreTestBed(server);
        using var temp = new TempFolder();
        var folder = TestKnowledge.Create(temp.Path);
        await using var a = await ClusterHost.StartAsync("a", bed.ConnectionString, folder);
        await using var b = await ClusterHost.StartAsync("b", bed.ConnectionString, folder);
        await a.SeesAsync("b");
        ChangeAnswer(folder);

        var result = a.Store.Reload("admin telegram");

        Assert.True(result.Succeeded);
        Assert.Equal(["a", "b"], result.Instances.Select(i => i.Instance));
        Assert.All(result.Instances, i => Assert.True(i.Succeeded, i.Message));
        Assert.Equal(KnowledgeVersion.Compute(folder), Assert.Single(result.Instances.Select(i => i.Version).Distinct()));
        Assert.StartsWith(NewAnswer, b.Store.Current.CardsById["gencatan-senjata"].Answer, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Reload_AnInstanceWhoseFolderDiffers_ReportsItAndKeepsServing()
    {
        using var bed = new StoreTestBed(server);
        using var temp = new TempFolder();
        var folderA = TestKnowledge.Create(Path.Combine(temp.Path, "a"));
        var folderB = TestKnowledge.Create(Path.Combine(temp.Path, "b"));
        await using var a = await ClusterHost.StartAsync("a", bed.ConnectionString, folderA);
        await using var b = await ClusterHost.StartAsync("b", bed.ConnectionString, folderB);
        await a.SeesAsync("b");
        var before = b.Store.Current;
        ChangeAnswer(folderA);

        var result = a.Store.Reload("admin discord");

        var outcomeB = Assert.Single(result.Instances, i => i.Instance == "b");
        Assert.False(outcomeB.Succeeded);
        Assert.Contains("not " + KnowledgeVersion.Compute(folderA), outcomeB.Message, StringComparison.Ordinal);
        Assert.Same(before, b.Store.Current);
    }

    [PostgresFact]
    public async Task Reload_ThatDoesNotValidate_IsRejectedEverywhereAndEachKeepsServing()
    {
        using var bed = new StoreTestBed(server);
        using var temp = new TempFolder();
        var folder = TestKnowledge.Create(temp.Path);
        await using var a = await ClusterHost.StartAsync("a", bed.ConnectionString, folder);
        await using var b = await ClusterHost.StartAsync("b", bed.ConnectionString, folder);
        await a.SeesAsync("b");
        var (servedByA, servedByB) = (a.Store.Current, b.Store.Current);
        File.WriteAllText(TestKnowledge.CardPath(folder, "rusak"), "---\ntitle: tanpa pertanyaan\n---\n");

        var result = a.Store.Reload("file watcher");

        Assert.False(result.Succeeded);
        Assert.Equal(["a", "b"], result.Instances.Select(i => i.Instance).Order(StringComparer.Ordinal));
        Assert.All(result.Instances, i => Assert.False(i.Succeeded));
        Assert.Same(servedByA, a.Store.Current);
        Assert.Same(servedByB, b.Store.Current);
    }

    [PostgresFact]
    public async Task AddPhrasing_OnOneInstance_AnsweredEverywhere()
    {
        using var bed = new StoreTestBed(server);
        using var temp = new TempFolder();
        var folder = TestKnowledge.Create(temp.Path);
        await using var a = await ClusterHost.StartAsync("a", bed.ConnectionString, folder);
        await using var b = await ClusterHost.StartAsync("b", bed.ConnectionString, folder);
        await a.SeesAsync("b");

        var edit = a.Editor.AddPhrasing("penjaga-perdamaian", "ada brp tentara rusia yg jaga?", "telegram-admin");

        Assert.True(edit.Succeeded, edit.Message);
        Assert.Equal(["a", "b"], edit.Reload!.Instances.Select(i => i.Instance));
        Assert.Contains("ada brp tentara rusia yg jaga?", b.Store.Current.CardsById["penjaga-perdamaian"].Questions);
        Assert.Single(Schema.PostgresMigratorTests.Scalars<string>(bed, "SELECT card_id FROM phrasing_audit WHERE succeeded;"));
    }

    [PostgresFact]
    public async Task Reload_AfterAnInstanceStopped_DoesNotWaitForIt()
    {
        using var bed = new StoreTestBed(server);
        using var temp = new TempFolder();
        var folder = TestKnowledge.Create(temp.Path);
        await using var a = await ClusterHost.StartAsync("a", bed.ConnectionString, folder);
        var b = await ClusterHost.StartAsync("b", bed.ConnectionString, folder);
        await a.SeesAsync("b");
        await b.DisposeAsync();
        ChangeAnswer(folder);

        var result = a.Store.Reload("admin telegram");

        Assert.Equal(["a"], result.Instances.Select(i => i.Instance));
    }

    private static void ChangeAnswer(string folder)
    {
        var path = TestKnowledge.CardPath(folder, "gencatan-senjata");
        var text = File.ReadAllText(path).Replace(
            "Armenia dan Azerbaijan menandatangani gencatan senjata pada 10 November 2020.", NewAnswer, StringComparison.Ordinal);
        File.WriteAllText(path, text);
    }
}
