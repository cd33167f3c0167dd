using BeritaBot.Core.Answering;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Insights.Storage;
using BeritaBot.Insights.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace BeritaBot.Insights.Tests.Knowledge;

/// <summary>The editors' loop end to end with the real store, matcher and answer service.</summary>
public sealed class AnswerLoopTests : IDisposable
{
    // A chat phrasing with none of the card's words (the matcher answers plainer paraphrases without help).
    private const string NewPhrasing = "kapan mereka akhirnya damai-damaian?";

    private readonly TempFolder _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly KnowledgeStore _store;

    public AnswerLoopTests()
    {
        var (store, load) = KnowledgeStore.Open(TestKnowledge.Create(_temp.Path), _time);
        _store = store ?? throw new InvalidOperationException(string.Join("; ", load.Errors));
    }

    [Fact]
    public void AddPhrasing_ThenAsk_TheNewQuestionMatchesTheCard()
    {
        var answers = Answers([]);
        var before = answers.Ask(NewPhrasing);
        Assert.Equal(AnswerStatus.NotFound, before.Status);

        var result = new KnowledgeEditor(_store, new RecordingLogger<KnowledgeEditor>()).AddPhrasing("gencatan-senjata", NewPhrasing, "cli");
        var after = answers.Ask(NewPhrasing);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(AnswerStatus.Answered, after.Status);
        Assert.Equal("gencatan-senjata", after.CardId);
        Assert.True(after.Confidence > before.Confidence, $"{after.Confidence} > {before.Confidence}");
    }

    [Fact]
    public void Ask_Declined_IsRecordedWithNormalisedFormAndClosestCard()
    {
        using var database = new InsightsDatabase(_temp.File("loop.db"), 1_000, new RecordingLogger<InsightsDatabase>());
        var answers = Answers([new SqliteQuestionLog(database, _time)]);

        var declined = answers.Ask("Berapa harga minyak goreng di Jakarta?", new AskContext("telegram"));
        var answered = answers.Ask("Kapan gencatan senjata ditandatangani?", new AskContext("telegram"));

        Assert.Equal(AnswerStatus.NotFound, declined.Status);
        Assert.Equal(AnswerStatus.Answered, answered.Status);
        var group = Assert.Single(new SqliteEditorReportService(database, _time).Build(new ReportQuery()).Unanswered);
        Assert.Equal("Berapa harga minyak goreng di Jakarta?", group.Example);
        Assert.Equal(declined.NormalizedQuestion, group.NormalizedForm);
        Assert.Equal(declined.BestCandidateId, group.ClosestCardId);
    }

    [Fact]
    public void Ask_CorruptInsightsDatabase_AnsweringGoesOn()
    {
        var path = _temp.File("corrupt.db");
        File.WriteAllText(path, new string('x', 4096));
        var logger = new RecordingLogger<InsightsDatabase>();
        using var database = new InsightsDatabase(path, 1_000, logger);
        var answers = Answers([new SqliteQuestionLog(database, _time)]);

        var declined = answers.Ask("Berapa harga minyak goreng di Jakarta?", new AskContext("discord"));
        var answered = answers.Ask("Kapan gencatan senjata ditandatangani?", new AskContext("discord"));

        Assert.Equal(AnswerStatus.NotFound, declined.Status);
        Assert.Equal(AnswerStatus.Answered, answered.Status);
        Assert.Equal("gencatan-senjata", answered.CardId);
        Assert.Single(logger.AtLevel(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.NotNull(new SqliteEditorReportService(database, _time).Build(new ReportQuery()).Problem);
    }

    private AnswerService Answers(IAnswerObserver[] observers) =>
        new(_store, Options.Create(new MatchOptions()), observers, new RecordingLogger<AnswerService>());

    public void Dispose() => _temp.Dispose();
}
