using BeritaBot.Core.Insights;
using BeritaBot.Insights.Storage;
using BeritaBot.Insights.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class InsightsDatabaseTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Initialize_NewPathInMissingFolder_CreatesFileAtLatestSchemaInWalMode()
    {
        var path = Path.Combine(_folder.Path, "nested", "data", "beritabot.db");
        using var database = new InsightsDatabase(path, 1_000, new RecordingLogger<InsightsDatabase>());

        Assert.True(database.Initialize());

        Assert.True(File.Exists(path));
        Assert.Equal(InsightsMigrations.LatestVersion, database.ReadSchemaVersion());
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Reopen_AfterRestart_KeepsQuestionsAndVotes()
    {
        var path = _folder.File("beritabot.db");
        using (var first = new InsightsDatabase(path, 1_000, new RecordingLogger<InsightsDatabase>()))
        {
            new SqliteQuestionLog(first, _time).OnAnswered(InsightsTestBed.Declined("Kapan perang?", "kapan perang"), new("telegram"));
            new SqliteFeedbackService(first, _time).Vote(new FeedbackVote("kartu-a", "Q?", "telegram:7", false, "telegram"));
        }

        SqliteConnection.ClearAllPools();
        using var second = new InsightsDatabase(path, 1_000, new RecordingLogger<InsightsDatabase>());
        var report = new SqliteEditorReportService(second, _time).Build(new ReportQuery());

        Assert.Equal("kapan perang", Assert.Single(report.Unanswered).NormalizedForm);
        Assert.Equal("kartu-a", Assert.Single(report.Unhelpful).CardId);

        // The salt survived too: the same reader is still recognised after the restart.
        Assert.Equal(
            FeedbackOutcome.AlreadyVoted,
            new SqliteFeedbackService(second, _time).Vote(new FeedbackVote("kartu-a", "Q?", "telegram:7", true, "telegram")));
    }

    [Fact]
    public void Initialize_DatabaseFromOlderVersion_MigratesAndKeepsData()
    {
        var path = _folder.File("old.db");
        using (var old = new InsightsDatabase(path, 1_000, InsightsMigrations.All.Take(1).ToList(), new RecordingLogger<InsightsDatabase>()))
        {
            new SqliteQuestionLog(old, _time).OnAnswered(InsightsTestBed.Declined("Kapan perang?", "kapan perang"), new("discord"));
            Assert.Equal(1, old.ReadSchemaVersion());
        }

        SqliteConnection.ClearAllPools();
        var logger = new RecordingLogger<InsightsDatabase>();
        using var current = new InsightsDatabase(path, 1_000, logger);

        Assert.True(current.Initialize());
        Assert.Equal(InsightsMigrations.LatestVersion, current.ReadSchemaVersion());
        Assert.Contains(logger.AtLevel(LogLevel.Information), e => e.Message.Contains("from schema version 1 to 3", StringComparison.Ordinal));
        Assert.Single(new SqliteEditorReportService(current, _time).Build(new ReportQuery()).Unanswered);
        Assert.Equal(
            FeedbackOutcome.Recorded,
            new SqliteFeedbackService(current, _time).Vote(new FeedbackVote("kartu-a", "Q?", "telegram:7", false, "telegram")));
    }

    [Fact]
    public void Initialize_DatabaseFromNewerVersion_RefusesWithProblem()
    {
        var path = _folder.File("newer.db");
        using (var latest = new InsightsDatabase(path, 1_000, new RecordingLogger<InsightsDatabase>()))
        {
            Assert.True(latest.Initialize());
        }

        SqliteConnection.ClearAllPools();
        using var older = new InsightsDatabase(path, 1_000, InsightsMigrations.All.Take(2).ToList(), new RecordingLogger<InsightsDatabase>());

        Assert.False(older.Initialize());
        Assert.Contains("newer than this build", older.LastProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Services_CorruptDatabaseFile_DoNotThrowAndReportAProblemWithOneWarning()
    {
        var path = _folder.File("corrupt.db");
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);
        File.WriteAllBytes(path, garbage);
        var logger = new RecordingLogger<InsightsDatabase>();
        using var database = new InsightsDatabase(path, 1_000, logger);
        var log = new SqliteQuestionLog(database, _time);

        for (var i = 0; i < 5; i++)
        {
            log.OnAnswered(InsightsTestBed.Declined($"Pertanyaan {i}?", $"tanya {i}"), new("telegram"));
        }

        var vote = new SqliteFeedbackService(database, _time).Vote(new FeedbackVote("kartu-a", "Q?", "telegram:1", true, "telegram"));
        var report = new SqliteEditorReportService(database, _time).Build(new ReportQuery());

        Assert.Equal(FeedbackOutcome.NotRecorded, vote);
        Assert.NotNull(report.Problem);
        Assert.Contains("not a database", report.Problem, StringComparison.Ordinal);
        Assert.Empty(report.Unanswered);
        var warning = Assert.Single(logger.AtLevel(LogLevel.Warning));
        Assert.IsType<SqliteException>(warning.Exception);
    }

    [Fact]
    public void Services_LockedDatabase_DoNotThrowAndRecoverWhenTheLockIsGone()
    {
        var path = _folder.File("locked.db");
        var logger = new RecordingLogger<InsightsDatabase>();
        using var database = new InsightsDatabase(path, 0, logger);
        Assert.True(database.Initialize());
        var log = new SqliteQuestionLog(database, _time);

        using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            holder.Open();
            using var transaction = holder.BeginTransaction(deferred: false);
            using (var exclusive = holder.CreateCommand())
            {
                exclusive.Transaction = transaction;
                exclusive.CommandText = "INSERT INTO declined_questions (asked_at, platform, question, normalized, best_confidence) VALUES (0, 'x', 'held', 'held', 0);";
                exclusive.ExecuteNonQuery();
            }

            log.OnAnswered(InsightsTestBed.Declined("Saat terkunci 1?", "kunci 1"), new("telegram"));
            log.OnAnswered(InsightsTestBed.Declined("Saat terkunci 2?", "kunci 2"), new("telegram"));
            transaction.Rollback();
        }

        log.OnAnswered(InsightsTestBed.Declined("Setelah lepas?", "lepas"), new("telegram"));

        var warning = Assert.Single(logger.AtLevel(LogLevel.Warning));
        Assert.IsType<SqliteException>(warning.Exception);
        Assert.Contains(logger.AtLevel(LogLevel.Information), e => e.Message.Contains("works again", StringComparison.Ordinal));
        var report = new SqliteEditorReportService(database, _time).Build(new ReportQuery());
        Assert.Equal(["lepas"], report.Unanswered.Select(g => g.NormalizedForm));
    }

    [Fact]
    public void Services_TwoInstancesWritingInParallel_RecordEveryWrite()
    {
        var path = _folder.File("shared.db");
        var logger = new RecordingLogger<InsightsDatabase>();
        using var telegramSide = new InsightsDatabase(path, 10_000, logger);
        using var discordSide = new InsightsDatabase(path, 10_000, logger);
        var logs = new[] { new SqliteQuestionLog(telegramSide, _time), new SqliteQuestionLog(discordSide, _time) };
        var votes = new[] { new SqliteFeedbackService(telegramSide, _time), new SqliteFeedbackService(discordSide, _time) };
        var outcomes = new FeedbackOutcome[200];

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                logs[i % 4 / 2].OnAnswered(InsightsTestBed.Declined($"Pertanyaan {i}?", $"tanya {i}"), new(i % 4 == 0 ? "telegram" : "discord"));
            }
            else
            {
                outcomes[i / 2] = votes[i % 4 / 2].Vote(new FeedbackVote("kartu-a", "Q?", $"reader:{i}", false, "telegram"));
            }
        });

        Assert.Empty(logger.AtLevel(LogLevel.Warning));
        Assert.All(outcomes, o => Assert.Equal(FeedbackOutcome.Recorded, o));
        var report = new SqliteEditorReportService(telegramSide, _time).Build(new ReportQuery(Top: 1_000));
        Assert.Equal(200, report.Unanswered.Sum(g => g.Count));
        Assert.Equal(200, Assert.Single(report.Unhelpful).NotHelpful);
    }

    public void Dispose()
    {
        _folder.Dispose();
    }
}
