using BeritaBot.Core.Insights;
using BeritaBot.Insights;
using BeritaBot.Insights.Reporting;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Insights;

/// <summary>
/// The editors' report over every instance's declines and votes, grouped exactly as the SQLite report groups them.
/// Writes the shared store lost are named in <see cref="EditorReport.Problem"/>, so editors know the counts are short.
/// </summary>
public sealed class PostgresEditorReportService : IEditorReportService
{
    private readonly PostgresDatabase _database;
    private readonly UnansweredGrouper _grouper;
    private readonly TimeProvider _time;

    public PostgresEditorReportService(PostgresDatabase database, TimeProvider time, int groupSimilarity = 90, int maxGroupsToMerge = 5_000)
    {
        _database = database;
        _time = time;
        _grouper = new UnansweredGrouper(groupSimilarity, maxGroupsToMerge);
    }

    public EditorReport Build(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = Math.Clamp(query.Top, 1, SqliteEditorReportService.MaxTop);
        var since = query.Since ?? DateTimeOffset.UnixEpoch;
        var generatedAt = _time.GetUtcNow();

        // One snapshot: both halves of the report see the same moment while the instances keep writing.
        var read = _database.TryRun("build the editors' report", write: false, connection =>
        {
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            var declines = ReadDeclines(connection, transaction, since);
            var unhelpful = ReadUnhelpful(connection, transaction, since, top);
            transaction.Commit();
            return (declines, unhelpful);
        }, out var data);

        if (!read)
        {
            return new EditorReport(generatedAt, query.Since, [], [], $"The shared store could not be read: {_database.LastProblem}");
        }

        var lost = _database.FailedWrites;
        var problem = lost == 0
            ? null
            : $"This instance could not write {lost} record(s) to the shared store since it started; the counts may be short.";
        return new EditorReport(generatedAt, query.Since, _grouper.Group(data.declines, top), data.unhelpful, problem);
    }

    private static List<DeclineRow> ReadDeclines(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset since)
    {
        using var command = new NpgsqlCommand("""
            SELECT normalized, question, best_card_id, COUNT(*)::int, MAX(asked_at), MAX(best_confidence)
            FROM declined_questions
            WHERE asked_at >= $1
            GROUP BY normalized, question, best_card_id;
            """, connection, transaction);
        command.Parameters.AddWithValue(since);
        using var reader = command.ExecuteReader();
        var rows = new List<DeclineRow>();
        while (reader.Read())
        {
            rows.Add(new DeclineRow(
                Normalized: reader.GetString(0),
                Question: reader.GetString(1),
                CardId: reader.IsDBNull(2) ? null : reader.GetString(2),
                Count: reader.GetInt32(3),
                LastAsked: reader.GetFieldValue<DateTimeOffset>(4),
                MaxConfidence: reader.GetDouble(5)));
        }

        return rows;
    }

    private static List<UnhelpfulCard> ReadUnhelpful(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset since, int top)
    {
        using var command = new NpgsqlCommand("""
            SELECT card_id, COUNT(*) FILTER (WHERE NOT helpful)::int AS not_helpful, COUNT(*) FILTER (WHERE helpful)::int AS helpful
            FROM feedback_votes
            WHERE voted_at >= $1
            GROUP BY card_id
            HAVING COUNT(*) FILTER (WHERE NOT helpful) > 0
            ORDER BY not_helpful DESC, helpful ASC, card_id ASC
            LIMIT $2;
            """, connection, transaction);
        command.Parameters.AddWithValue(since);
        command.Parameters.AddWithValue(top);
        using var reader = command.ExecuteReader();
        var cards = new List<UnhelpfulCard>();
        while (reader.Read())
        {
            cards.Add(new UnhelpfulCard(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return cards;
    }
}
