using Microsoft.Data.Sqlite;

namespace BeritaBot.Insights.Storage;

/// <summary>One schema step. Applied in order of <see cref="Version"/>, each inside the migration transaction.</summary>
internal sealed record Migration(int Version, string Description, Action<SqliteConnection, SqliteTransaction> Apply)
{
    public static Migration Sql(int version, string description, string sql) =>
        new(version, description, (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        });
}
