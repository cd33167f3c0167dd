using BeritaBot.Core.Answering;
using BeritaBot.Insights.Storage;
using BeritaBot.Insights.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace BeritaBot.Insights.Tests.Insights;

/// <summary>A real database file in a temp folder with the three services on top of it.</summary>
public sealed class InsightsTestBed : IDisposable
{
    private readonly TempFolder _folder = new();

    public InsightsTestBed(int busyTimeoutMilliseconds = 5_000)
    {
        DatabasePath = _folder.File("insights.db");
        Database = new InsightsDatabase(DatabasePath, busyTimeoutMilliseconds, Logger);
        Log = new SqliteQuestionLog(Database, Time);
        Feedback = new SqliteFeedbackService(Database, Time);
        Reports = new SqliteEditorReportService(Database, Time);
    }

    public string DatabasePath { get; }

    public string FolderPath => _folder.Path;

    public ManualTimeProvider Time { get; } = new();

    public RecordingLogger<InsightsDatabase> Logger { get; } = new();

    public InsightsDatabase Database { get; }

    public SqliteQuestionLog Log { get; }

    public SqliteFeedbackService Feedback { get; }

    public SqliteEditorReportService Reports { get; }

    public static Answer Declined(string question, string normalized, string? card = "kartu-a", double confidence = 0.4) => new()
    {
        Kind = AnswerKind.Declined,
        Question = question,
        NormalizedQuestion = normalized,
        Language = AnswerLanguage.Indonesian,
        Text = "Maaf, saya belum tahu jawabannya.",
        BestCandidateId = card,
        Confidence = confidence,
    };

    public void Decline(string question, string normalized, string? card = "kartu-a", double confidence = 0.4, string platform = "telegram") =>
        Log.OnAnswered(Declined(question, normalized, card, confidence), new AskContext(platform));

    /// <summary>Opens the file directly, without the code under test, to see what really is stored.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Text(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}
