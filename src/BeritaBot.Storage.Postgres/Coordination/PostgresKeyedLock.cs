using BeritaBot.Core.Coordination;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Coordination;

/// <summary>
/// Per-key mutual exclusion across instances on PostgreSQL session advisory locks (the key hashed to 64 bits by the
/// server). The lock lives on one pooled connection until released; if that instance dies, the server frees it.
/// Without the store, the lock is not held: handling goes on unordered rather than not at all.
/// </summary>
public sealed class PostgresKeyedLock : IKeyedLock
{
    private readonly PostgresDatabase _database;

    public PostgresKeyedLock(PostgresDatabase database)
    {
        _database = database;
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await _database.DataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended($1, 0));", connection);
            command.Parameters.AddWithValue(key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, key);
        }
        catch (Exception ex) when (PostgresDatabase.IsStoreFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            _database.CountFailure(ex, "take a per-chat lock");
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            return NotHeld.Instance;
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended($1, 0));", connection);
                command.Parameters.AddWithValue(key);
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception ex) when (PostgresDatabase.IsStoreFailure(ex))
            {
                // A broken connection has already lost its session, and the server has freed the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NotHeld : IAsyncDisposable
    {
        public static NotHeld Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
