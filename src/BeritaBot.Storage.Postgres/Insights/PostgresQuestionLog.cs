using BeritaBot.Core.Answering;
using BeritaBot.Insights;
using BeritaBot.Insights.Storage;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Insights;

/// <summary>Keeps every declined question in the shared store, like <see cref="SqliteQuestionLog"/> does in one file.</summary>
public sealed class PostgresQuestionLog : IAnswerObserver
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresQuestionLog(PostgresDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public void OnAnswered(Answer answer, AskContext context)
    {
        if (!SqliteQuestionLog.IsLogged(answer, context))
        {
            return;
        }

        var (question, normalized) = SqliteQuestionLog.Texts(answer);
        var platform = string.IsNullOrWhiteSpace(context?.Platform) ? "unknown" : context.Platform;
        var askedAt = _time.GetUtcNow();
        _database.TryRun("record a declined question", write: true, connection =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO declined_questions (asked_at, platform, question, normalized, best_card_id, best_confidence, instance)
                VALUES ($1, $2, $3, $4, $5, $6, $7);
                """, connection);
            command.Parameters.AddWithValue(askedAt);
            command.Parameters.AddWithValue(platform);
            command.Parameters.AddWithValue(question);
            command.Parameters.AddWithValue(normalized);
            command.Parameters.AddWithValue((object?)answer.BestCandidateId ?? DBNull.Value);
            command.Parameters.AddWithValue(double.IsFinite(answer.Confidence) ? answer.Confidence : 0d);
            command.Parameters.AddWithValue(_database.Instance.Id);
            return command.ExecuteNonQuery();
        }, out _);
    }
}
