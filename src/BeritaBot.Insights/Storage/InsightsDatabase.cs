using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Insights.Storage;

/// <summary>
/// The SQLite file behind the editors' loop. Opens short-lived (pooled) connections in WAL mode with a busy timeout so
/// both adapters and several processes can write at once, migrates the schema on first use, and turns every failure
/// into a logged warning (once per outage, not per question) and a false return: recording must never break answering.
/// </summary>
public sealed class InsightsDatabase : IDisposable
{
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly Lock _schemaGate = new();
    private volatile bool _schemaReady;
    private volatile byte[]? _voterSalt;
    private volatile string? _lastProblem;
    private int _failing;

    public InsightsDatabase(string path, int busyTimeoutMilliseconds, ILogger<InsightsDatabase> logger)
        : this(path, busyTimeoutMilliseconds, InsightsMigrations.All, logger)
    {
    }

    internal InsightsDatabase(string path, int busyTimeoutMilliseconds, IReadOnlyList<Migration> migrations, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutMilliseconds);
        Path = System.IO.Path.GetFullPath(path);
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _migrations = [.. migrations.OrderBy(m => m.Version)];
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // Microsoft.Data.Sqlite retries busy statements itself until this many seconds have passed.
            DefaultTimeout = Math.Max(1, (busyTimeoutMilliseconds + 999) / 1000),
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Why the last operation failed, or null when it worked.</summary>
    public string? LastProblem => _lastProblem;

    internal int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Creates the folder and file and migrates the schema; false (after a logged warning) when it cannot.</summary>
    public bool Initialize() => TryRun("open and migrate", static _ => true, out _);

    /// <summary>Runs one short unit of work on an open, migrated connection. Never throws.</summary>
    internal bool TryRun<T>(string operation, Func<SqliteConnection, T> work, [MaybeNullWhen(false)] out T result)
    {
        try
        {
            using var connection = Open();
            EnsureSchema(connection);
            result = work(connection);
            MarkHealthy();
            return true;
        }
        catch (Exception ex)
        {
            MarkFailing(ex, operation);
            result = default;
            return false;
        }
    }

    /// <summary>The per-database random key for voter hashes; available inside <see cref="TryRun{T}"/>.</summary>
    internal byte[] VoterSalt => _voterSalt ?? throw new InvalidOperationException("The schema has not been read yet.");

    /// <summary>The schema version recorded in the file (0 for a new file).</summary>
    internal int ReadSchemaVersion()
    {
        using var connection = Open();
        return ReadVersion(connection, transaction: null);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // synchronous=NORMAL is the WAL setting SQLite recommends: still never corrupt, but a commit no longer waits
            // for a disk flush, which would otherwise add milliseconds to every declined answer.
            command.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void EnsureSchema(SqliteConnection connection)
    {
        if (_schemaReady)
        {
            return;
        }

        lock (_schemaGate)
        {
            if (_schemaReady)
            {
                return;
            }

            using (var wal = connection.CreateCommand())
            {
                // Persistent in the file: readers never block the writer and the two adapters can write side by side.
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                wal.ExecuteNonQuery();
            }

            // BEGIN IMMEDIATE: two processes starting together take turns instead of both applying the same step.
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = """
                    CREATE TABLE IF NOT EXISTS schema_version (
                        version INTEGER PRIMARY KEY,
                        description TEXT NOT NULL,
                        applied_at INTEGER NOT NULL
                    );
                    """;
                create.ExecuteNonQuery();
            }

            var from = ReadVersion(connection, transaction);
            if (from > LatestVersion)
            {
                throw new InvalidOperationException(
                    $"The database schema is version {from}, newer than this build understands ({LatestVersion}).");
            }

            foreach (var migration in _migrations.Where(m => m.Version > from))
            {
                migration.Apply(connection, transaction);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, $at);";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                record.ExecuteNonQuery();
            }

            _voterSalt = ReadSalt(connection, transaction);
            transaction.Commit();
            _schemaReady = true;

            if (from < LatestVersion)
            {
                _logger.LogInformation(
                    "Insights database {Path} migrated from schema version {From} to {To}", Path, from, LatestVersion);
            }
        }
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        // SQLite resolves every table a statement names while preparing it, so ask about the table first.
        if (!TableExists(connection, transaction, "schema_version"))
        {
            return 0;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[]? ReadSalt(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (!TableExists(connection, transaction, "settings"))
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM settings WHERE key = $key;";
        command.Parameters.AddWithValue("$key", InsightsMigrations.VoterSaltKey);
        return command.ExecuteScalar() as byte[];
    }

    private static bool TableExists(SqliteConnection connection, SqliteTransaction? transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private void MarkHealthy()
    {
        _lastProblem = null;
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            _logger.LogInformation("Insights database {Path} works again", Path);
        }
    }

    private void MarkFailing(Exception ex, string operation)
    {
        _lastProblem = ex.Message;

        // Read the schema again next time: the file may have been replaced or repaired meanwhile.
        _schemaReady = false;
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            _logger.LogWarning(
                ex,
                "Insights database {Path} failed to {Operation}; declined questions and votes are not recorded until it works again, answering goes on",
                Path,
                operation);
        }
        else
        {
            _logger.LogDebug(ex, "Insights database {Path} failed again to {Operation}", Path, operation);
        }
    }
}
