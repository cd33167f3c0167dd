using BeritaBot.Core.Answering;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Storage.Postgres.Insights;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Storage.Postgres.Tests.Insights;

[Collection(PostgresTests.Name)]
public sealed class EditorsLogTests(PostgresServer server)
{
    [PostgresFact]
    public void Vote_SameReaderOnTwoInstances_CountedOnce()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresFeedbackService(bed.Instance("a"), bed.Time);
        var b = new PostgresFeedbackService(bed.Instance("b"), bed.Time);
        var vote = new FeedbackVote("gencatan-senjata", "kapan gencatan senjata?", "telegram:42", Helpful: false, "telegram");

        var first = a.Vote(vote);
        var second = b.Vote(vote with { Question = "  Kapan gencatan   senjata? " });
        var other = b.Vote(vote with { VoterKey = "telegram:43" });

        Assert.Equal(FeedbackOutcome.Recorded, first);
        Assert.Equal(FeedbackOutcome.AlreadyVoted, second);
        Assert.Equal(FeedbackOutcome.Recorded, other);
        var report = new PostgresEditorReportService(bed.Instance("reader"), bed.Time).Build(new ReportQuery());
        Assert.Equal([new UnhelpfulCard("gencatan-senjata", 2, 0)], report.Unhelpful);
        Assert.Null(report.Problem);
    }

    [PostgresFact]
    public void Vote_NeverKeepsTheVoterKey()
    {
        using var bed = new StoreTestBed(server);
        new PostgresFeedbackService(bed.Instance("a"), bed.Time).Vote(new FeedbackVote("c", "q", "discord:987654321", true, "discord"));

        var stored = Schema.PostgresMigratorTests.Scalars<byte[]>(bed, "SELECT voter_hash FROM feedback_votes;").Single();

        Assert.Equal(32, stored.Length);
        Assert.DoesNotContain("987654321", System.Text.Encoding.UTF8.GetString(stored), StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Build_DeclinesFromTwoInstances_GroupedInOneReport()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresQuestionLog(bed.Instance("a"), bed.Time);
        var b = new PostgresQuestionLog(bed.Instance("b"), bed.Time);

        a.OnAnswered(Declined("ibukota karabah apa?", "ibukota karabah apa"), new AskContext("telegram"));
        b.OnAnswered(Declined("Ibukota Karabah apa?", "ibukota karabah apa"), new AskContext("discord"));
        b.OnAnswered(Answered("kapan gencatan senjata?"), new AskContext("discord"));

        var report = new PostgresEditorReportService(bed.Instance("reader"), bed.Time).Build(new ReportQuery());
        var group = Assert.Single(report.Unanswered);
        Assert.Equal(2, group.Count);
        Assert.Equal("ibukota karabah apa", group.NormalizedForm);
    }

    [PostgresFact]
    public void AddPhrasing_AnyOutcome_KeptInTheAudit()
    {
        using var bed = new StoreTestBed(server);
        var editor = new AuditedKnowledgeEditor(new RefusingEditor(), bed.Instance("a"), bed.Time);

        var result = editor.AddPhrasing("gencatan-senjata", "kpn gencatan?", "telegram-admin");

        Assert.False(result.Succeeded);
        Assert.Equal(["gencatan-senjata|kpn gencatan?|telegram-admin|False|a"], Schema.PostgresMigratorTests.Scalars<string>(
            bed, "SELECT card_id || '|' || question || '|' || trigger || '|' || CASE WHEN succeeded THEN 'True' ELSE 'False' END || '|' || instance FROM phrasing_audit;"));
    }

    [PostgresFact]
    public void StoreDown_WritesCountedLoggedOnceAndAnsweringGoesOn()
    {
        using var bed = new StoreTestBed(server);
        var down = bed.Instance("a", $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=none;Timeout=2");
        var log = new PostgresQuestionLog(down, bed.Time);
        var votes = new PostgresFeedbackService(down, bed.Time);

        for (var i = 0; i < 5; i++)
        {
            log.OnAnswered(Declined($"pertanyaan {i}", $"pertanyaan {i}"), new AskContext("telegram"));
        }

        var vote = votes.Vote(new FeedbackVote("c", "q", "telegram:1", true, "telegram"));
        var report = new PostgresEditorReportService(down, bed.Time).Build(new ReportQuery());

        Assert.Equal(FeedbackOutcome.NotRecorded, vote);
        Assert.Equal(6, down.FailedWrites);
        Assert.Equal(1, bed.Warnings);
        Assert.NotNull(report.Problem);
        Assert.False(down.Check().Reachable);
    }

    [PostgresFact]
    public void Build_AfterLostWrites_SaysTheCountsMayBeShort()
    {
        using var bed = new StoreTestBed(server);
        var database = bed.Instance("a");
        database.CountFailure(new TimeoutException("simulated"), "record a declined question");
        bed.Time.Advance(TimeSpan.FromSeconds(3));

        var report = new PostgresEditorReportService(database, bed.Time).Build(new ReportQuery());

        Assert.Contains("1 record(s)", report.Problem, StringComparison.Ordinal);
        Assert.Single(bed.Log.AtLevel(LogLevel.Warning));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Answer Declined(string question, string normalized) => new()
    {
        Kind = AnswerKind.Declined,
        Question = question,
        NormalizedQuestion = normalized,
        Language = AnswerLanguage.Indonesian,
        Text = "Belum punya jawaban.",
        BestCandidateId = "gencatan-senjata",
        Confidence = 0.3,
    };

    private static Answer Answered(string question) => new()
    {
        Kind = AnswerKind.Card,
        Question = question,
        Language = AnswerLanguage.Indonesian,
        Text = "Jawaban.",
        CardId = "gencatan-senjata",
    };

    private sealed class RefusingEditor : IKnowledgeEditor
    {
        public KnowledgeEditResult AddPhrasing(string cardId, string question, string trigger) => new(false, "refused for the test");
    }
}
