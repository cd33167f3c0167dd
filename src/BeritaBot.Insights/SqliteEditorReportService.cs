using BeritaBot.Core.Insights;
using BeritaBot.Insights.Reporting;
using BeritaBot.Insights.Storage;
using Microsoft.Data.Sqlite;

namespace BeritaBot.Insights;

/// <summary>
/// Builds the editors' report from the database: the most frequent unanswered questions (near-identical phrasings
/// counted together, each with its closest card) and the cards readers most often found unhelpful.
/// </summary>
public sealed class SqliteEditorReportService : IEditorReportService
{
    /// <summary>The most groups a report lists, whatever was asked for.</summary>
    public const int MaxTop = 1_000;

    private readonly InsightsDatabase _database;
    private readonly UnansweredGrouper _grouper;
    private readonly TimeProvider _time;

    public SqliteEditorReportService(InsightsDatabase database, TimeProvider time, int groupSimilarity = 90, int maxGroupsToMerge = 5_000)
    {
        _database = database;
        _time = time;
        _grouper = new UnansweredGrouper(groupSimilarity, maxGroupsToMerge);
    }

    public EditorReport Build(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = Math.Clamp(query.Top, 1, MaxTop);
        var since = query.Since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var generatedAt = _time.GetUtcNow();

        // One read transaction: both halves of the report see the same moment even while adapters keep writing.
        var read = _database.TryRun("build the editors' report", connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var declines = ReadDeclines(connection, transaction, since);
            var unhelpful = ReadUnhelpful(connection, transaction, since, top);
            transaction.Commit();
            return (declines, unhelpful);
        }, out var data);

        if (!read)
        {
            return new EditorReport(generatedAt, query.Since, [], [],
                $"The insights database could not be read: {_database.LastProblem}");
        }

        return new EditorReport(generatedAt, query.Since, _grouper.Group(data.declines, top), data.unhelpful);
    }

    private static List<DeclineRow> ReadDeclines(SqliteConnection connection, SqliteTransaction transaction, long since)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT normalized, question, best_card_id, COUNT(*), MAX(asked_at), MAX(best_confidence)
            FROM declined_questions
            WHERE asked_at >= $since
            GROUP BY normalized, question, best_card_id;
            """;
        command.Parameters.AddWithValue("$since", since);
        using var reader = command.ExecuteReader();
        var rows = new List<DeclineRow>();
        while (reader.Read())
        {
            rows.Add(new DeclineRow(
                Normalized: reader.GetString(0),
                Question: reader.GetString(1),
                CardId: reader.IsDBNull(2) ? null : reader.GetString(2),
                Count: reader.GetInt32(3),
                LastAsked: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                MaxConfidence: reader.GetDouble(5)));
        }

        return rows;
    }

    private static List<UnhelpfulCard> ReadUnhelpful(SqliteConnection connection, SqliteTransaction transaction, long since, int top)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT card_id, SUM(helpful = 0) AS not_helpful, SUM(helpful = 1) AS helpful
            FROM feedback_votes
            WHERE voted_at >= $since
            GROUP BY card_id
            HAVING not_helpful > 0
            ORDER BY not_helpful DESC, helpful ASC, card_id ASC
            LIMIT $top;
            """;
        command.Parameters.AddWithValue("$since", since);
        command.Parameters.AddWithValue("$top", top);
        using var reader = command.ExecuteReader();
        var cards = new List<UnhelpfulCard>();
        while (reader.Read())
        {
            cards.Add(new UnhelpfulCard(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return cards;
    }
}
