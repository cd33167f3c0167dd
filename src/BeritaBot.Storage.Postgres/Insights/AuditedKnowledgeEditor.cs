using BeritaBot.Core.Knowledge;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Insights;

/// <summary>
/// Adds phrasings through the one knowledge editor, one edit at a time across every instance (an advisory lock),
/// and keeps each attempt in the shared add-phrasing audit. The edit still happens when the store is down.
/// </summary>
public sealed class AuditedKnowledgeEditor : IKnowledgeEditor
{
    /// <summary>"BeritaEd" in ASCII: the lock every instance's editor takes.</summary>
    internal const long EditLockKey = 0x4265726974614564;

    private readonly IKnowledgeEditor _inner;
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public AuditedKnowledgeEditor(IKnowledgeEditor inner, PostgresDatabase database, TimeProvider time)
    {
        _inner = inner;
        _database = database;
        _time = time;
    }

    public KnowledgeEditResult AddPhrasing(string cardId, string question, string trigger)
    {
        KnowledgeEditResult? result = null;
        _database.TryRun("hold the knowledge edit lock", write: false, connection =>
        {
            Execute(connection, $"SELECT pg_advisory_lock({EditLockKey});");
            try
            {
                result = _inner.AddPhrasing(cardId, question, trigger);
            }
            finally
            {
                Execute(connection, $"SELECT pg_advisory_unlock({EditLockKey});");
            }

            return true;
        }, out _);

        // Without the store the edit still goes ahead; the editor's own file check guards against a lost update.
        result ??= _inner.AddPhrasing(cardId, question, trigger);
        Record(cardId, question, trigger, result);
        return result;
    }

    private void Record(string cardId, string question, string trigger, KnowledgeEditResult result)
    {
        _database.TryRun("record an add-phrasing attempt", write: true, connection =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO phrasing_audit (at, card_id, question, trigger, succeeded, message, instance)
                VALUES ($1, $2, $3, $4, $5, $6, $7);
                """, connection);
            command.Parameters.AddWithValue(_time.GetUtcNow());
            command.Parameters.AddWithValue(cardId ?? string.Empty);
            command.Parameters.AddWithValue(question ?? string.Empty);
            command.Parameters.AddWithValue(trigger ?? string.Empty);
            command.Parameters.AddWithValue(result.Succeeded);
            command.Parameters.AddWithValue(result.Message);
            command.Parameters.AddWithValue(_database.Instance.Id);
            return command.ExecuteNonQuery();
        }, out _);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
