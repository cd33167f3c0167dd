using BeritaBot.Core.Answering;
using BeritaBot.Insights.Storage;

namespace BeritaBot.Insights;

/// <summary>
/// Keeps every question the bot declined, for the editors' report. Stores the question, its normalised form, the
/// platform, the time and the closest card; never who asked.
/// </summary>
public sealed class SqliteQuestionLog : IAnswerObserver
{
    internal const int MaxQuestionLength = 1_000;

    private readonly InsightsDatabase _database;
    private readonly TimeProvider _time;

    public SqliteQuestionLog(InsightsDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public void OnAnswered(Answer answer, AskContext context)
    {
        if (!IsLogged(answer, context))
        {
            return;
        }

        var (question, normalized) = Texts(answer);
        var platform = string.IsNullOrWhiteSpace(context?.Platform) ? "unknown" : context.Platform;
        var askedAt = _time.GetUtcNow().ToUnixTimeMilliseconds();

        // TryRun never throws; a failure is logged once per outage by the database.
        _database.TryRun("record a declined question", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO declined_questions (asked_at, platform, question, normalized, best_card_id, best_confidence)
                VALUES ($at, $platform, $question, $normalized, $card, $confidence);
                """;
            command.Parameters.AddWithValue("$at", askedAt);
            command.Parameters.AddWithValue("$platform", platform);
            command.Parameters.AddWithValue("$question", question);
            command.Parameters.AddWithValue("$normalized", normalized);
            command.Parameters.AddWithValue("$card", (object?)answer.BestCandidateId ?? DBNull.Value);
            command.Parameters.AddWithValue("$confidence", double.IsFinite(answer.Confidence) ? answer.Confidence : 0d);
            return command.ExecuteNonQuery();
        }, out _);
    }

    /// <summary>Which answers the editors' log keeps, whatever the store.</summary>
    internal static bool IsLogged([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Answer? answer, AskContext? context) =>
        // Only readers' declines: an invalid question or a greeting is not something an editor can write a card for,
        // and a developer's one-shot `ask` is not a reader asking.
        answer is not null && context is not { IsRecorded: false } && answer.Status == AnswerStatus.NotFound && !string.IsNullOrWhiteSpace(answer.Question);

    /// <summary>The question as kept (clipped) and its normalised form, whatever the store.</summary>
    internal static (string Question, string Normalized) Texts(Answer answer)
    {
        var question = TextKey.Clip(answer.Question.Trim(), MaxQuestionLength);
        var normalized = string.IsNullOrWhiteSpace(answer.NormalizedQuestion)
            ? TextKey.Fold(question)
            : TextKey.Clip(answer.NormalizedQuestion.Trim(), MaxQuestionLength);
        return (question, normalized);
    }
}
