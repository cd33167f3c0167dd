using BeritaBot.Core.Knowledge;
using BeritaBot.Insights.Tests.Fakes;

namespace BeritaBot.Insights.Tests.Knowledge;

public sealed class KnowledgeEditorTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _folder;
    private readonly LoaderBackedStore _store;
    private readonly KnowledgeEditor _editor;

    public KnowledgeEditorTests()
    {
        _folder = TestKnowledge.Create(_temp.Path);
        _store = new LoaderBackedStore(_folder);
        _editor = new KnowledgeEditor(_store, new RecordingLogger<KnowledgeEditor>());
    }

    [Fact]
    public void AddPhrasing_KnownCard_WritesOneLineValidatesAndReloads()
    {
        var path = TestKnowledge.CardPath(_folder, "gencatan-senjata");
        var before = File.ReadAllText(path);

        var result = _editor.AddPhrasing("gencatan-senjata", "  Kapan perang\nberhenti? ", "telegram:admin");

        Assert.True(result.Succeeded, result.Message);
        var after = File.ReadAllText(path);
        Assert.Equal(before.Replace("    signed?\n", "    signed?\n  - \"Kapan perang berhenti?\"\n", StringComparison.Ordinal), after);
        var reload = Assert.Single(_store.Reloads);
        Assert.Same(reload, result.Reload);
        Assert.Equal("telegram:admin", reload.Trigger);
        Assert.Equal(["gencatan-senjata"], reload.Diff.Changed);
        Assert.Contains("Kapan perang berhenti?", _store.Current.CardsById["gencatan-senjata"].Questions);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void AddPhrasing_FlowList_CardStillLoadsWithEveryQuestion()
    {
        var result = _editor.AddPhrasing("penjaga-perdamaian", "Berapa tentara Rusia dikirim ke Karabakh?", "cli");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(
            ["Berapa penjaga perdamaian Rusia?", "brp pasukan perdamaian, rusia", "How many Russian peacekeepers?", "Berapa jumlah pasukan Rusia?", "Berapa tentara Rusia dikirim ke Karabakh?"],
            _store.Current.CardsById["penjaga-perdamaian"].Questions);
    }

    [Fact]
    public void AddPhrasing_UnknownCard_RefusesClearly()
    {
        var result = _editor.AddPhrasing("tidak-ada", "Apa ini?", "cli");

        Assert.False(result.Succeeded);
        Assert.Equal("There is no card 'tidak-ada'.", result.Message);
        Assert.Empty(_store.Reloads);
    }

    [Theory]
    [InlineData("gencatan-senjata", "kapan GENCATAN senjata ditandatangani", "already has this question")]
    [InlineData("gencatan-senjata", "Berapa penjaga perdamaian Rusia?", "already a phrasing of card 'penjaga-perdamaian'")]
    [InlineData("gencatan-senjata", "   ", "empty")]
    public void AddPhrasing_DuplicateOrEmpty_RefusesAndWritesNothing(string card, string question, string reason)
    {
        var path = TestKnowledge.CardPath(_folder, card);
        var before = File.ReadAllBytes(path);

        var result = _editor.AddPhrasing(card, question, "cli");

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void AddPhrasing_FolderWouldNotValidate_WritesNothing()
    {
        // Another file on disk is broken (the store still serves the old, valid knowledge): the folder as a whole
        // would not load after the edit, so the edit must not be written.
        File.WriteAllText(Path.Combine(_folder, "sources.yaml"), "sources:\n  - id: [rusak\n");
        var path = TestKnowledge.CardPath(_folder, "gencatan-senjata");
        var before = File.ReadAllBytes(path);

        var result = _editor.AddPhrasing("gencatan-senjata", "Kapan perang berhenti?", "cli");

        Assert.False(result.Succeeded);
        Assert.Contains("would not load", result.Message, StringComparison.Ordinal);
        Assert.Contains("sources.yaml:", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(_store.Reloads);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void AddPhrasing_FileLayoutCannotBeEdited_WritesNothing()
    {
        var path = TestKnowledge.CardPath(_folder, "penjaga-perdamaian");
        File.WriteAllText(path, "---\ntitle: T\nquestions: [Berapa penjaga perdamaian Rusia?,\n  How many Russian peacekeepers?]\nsources: [sumber-satu]\n---\nRusia mengirim 2.000 penjaga perdamaian.\n");
        _store.Reload("test setup");
        var before = File.ReadAllBytes(path);

        var result = _editor.AddPhrasing("penjaga-perdamaian", "Berapa tentara Rusia?", "cli");

        Assert.False(result.Succeeded);
        Assert.Contains("spread over several lines", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    public void Dispose() => _temp.Dispose();
}
