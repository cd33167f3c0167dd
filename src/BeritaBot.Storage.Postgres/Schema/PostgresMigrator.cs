using System.Security.Cryptography;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Schema;

/// <summary>
/// Brings the schema to <see cref="PostgresMigrations.LatestVersion"/>. Several instances starting at once take
/// turns on a session advisory lock, so each step is applied exactly once; the later ones find nothing to do.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>Any constant that no other application on the server locks; "BeritaBt" in ASCII.</summary>
    public const long LockKey = 0x4265726974614274;

    /// <returns>The version found before migrating, and the voter salt.</returns>
    public static (int From, byte[] VoterSalt) Migrate(NpgsqlConnection connection)
    {
        Execute(connection, null, $"SELECT pg_advisory_lock({LockKey});");
        try
        {
            Execute(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version integer PRIMARY KEY,
                    description text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                );
                """);
            var from = ReadVersion(connection);
            if (from > PostgresMigrations.LatestVersion)
            {
                throw new InvalidOperationException(
                    $"The shared store's schema is version {from}, newer than this build understands ({PostgresMigrations.LatestVersion}). Upgrade this instance.");
            }

            foreach (var migration in PostgresMigrations.All.Where(m => m.Version > from))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, migration.Sql);
                using var record = new NpgsqlCommand("INSERT INTO schema_version (version, description) VALUES ($1, $2);", connection, transaction);
                record.Parameters.AddWithValue(migration.Version);
                record.Parameters.AddWithValue(migration.Description);
                record.ExecuteNonQuery();
                transaction.Commit();
            }

            using (var salt = new NpgsqlCommand("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING;", connection))
            {
                salt.Parameters.AddWithValue(PostgresMigrations.VoterSaltKey);
                salt.Parameters.AddWithValue(RandomNumberGenerator.GetBytes(32));
                salt.ExecuteNonQuery();
            }

            using var read = new NpgsqlCommand("SELECT value FROM settings WHERE key = $1;", connection);
            read.Parameters.AddWithValue(PostgresMigrations.VoterSaltKey);
            return (from, (byte[])read.ExecuteScalar()!);
        }
        finally
        {
            // A pooled connection keeps its session, and with it the lock, unless it is let go explicitly.
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                Execute(connection, null, $"SELECT pg_advisory_unlock({LockKey});");
            }
        }
    }

    public static int ReadVersion(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
