using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace BeritaBot.Insights.Storage;

/// <summary>
/// The schema's history. Never edit a released step: add a new one, so databases made by older builds upgrade.
/// </summary>
internal static class InsightsMigrations
{
    public const string VoterSaltKey = "voter_salt";

    public static IReadOnlyList<Migration> All { get; } =
    [
        Migration.Sql(1, "declined questions", """
            CREATE TABLE declined_questions (
                id INTEGER PRIMARY KEY,
                asked_at INTEGER NOT NULL,
                platform TEXT NOT NULL,
                question TEXT NOT NULL,
                normalized TEXT NOT NULL,
                best_card_id TEXT NULL,
                best_confidence REAL NOT NULL
            );
            CREATE INDEX ix_declined_questions_asked_at ON declined_questions (asked_at);
            """),
        new Migration(2, "feedback votes and the voter salt", CreateFeedback),
        Migration.Sql(3, "report indexes", """
            CREATE INDEX ix_feedback_votes_voted_at ON feedback_votes (voted_at);
            CREATE INDEX ix_declined_questions_normalized ON declined_questions (normalized);
            """),
    ];

    public static int LatestVersion => All[^1].Version;

    private static void CreateFeedback(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // voter_hash is an HMAC of (voter, card, question) keyed with a per-database random salt: it enforces one
        // vote per reader per answer without keeping anything that identifies the reader.
        command.CommandText = """
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value BLOB NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE feedback_votes (
                id INTEGER PRIMARY KEY,
                voter_hash BLOB NOT NULL UNIQUE,
                card_id TEXT NOT NULL,
                question TEXT NOT NULL,
                helpful INTEGER NOT NULL,
                platform TEXT NOT NULL,
                voted_at INTEGER NOT NULL
            );
            CREATE INDEX ix_feedback_votes_card_id ON feedback_votes (card_id);
            INSERT INTO settings (key, value) VALUES ($key, $salt);
            """;
        command.Parameters.AddWithValue("$key", VoterSaltKey);
        command.Parameters.AddWithValue("$salt", RandomNumberGenerator.GetBytes(32));
        command.ExecuteNonQuery();
    }
}
