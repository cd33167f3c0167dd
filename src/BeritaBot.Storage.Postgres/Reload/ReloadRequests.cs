using BeritaBot.Core.Knowledge;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Reload;

/// <summary>
/// The shared tables behind reloading everywhere: who is alive (heartbeats), the reload requests, and each
/// instance's outcome for each request; and the NOTIFY that wakes the other instances.
/// </summary>
internal sealed class ReloadRequests
{
    public const string Channel = "beritabot_reload";

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;
    private readonly TimeSpan _heartbeat;

    public ReloadRequests(PostgresDatabase database, TimeProvider time, TimeSpan heartbeat)
    {
        _database = database;
        _time = time;
        _heartbeat = heartbeat;
    }

    public string Self => _database.Instance.Id;

    /// <summary>Records the request and this instance's outcome, then wakes the others. False when the store failed.</summary>
    public bool Publish(ReloadRequest request)
    {
        return _database.TryRun("announce a reload", write: true, connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var insert = new NpgsqlCommand(
                "INSERT INTO reload_requests (id, requested_at, origin, trigger, version) VALUES ($1, $2, $3, $4, $5);", connection, transaction))
            {
                insert.Parameters.AddWithValue(request.Id);
                insert.Parameters.AddWithValue(request.RequestedAt);
                insert.Parameters.AddWithValue(request.Origin);
                insert.Parameters.AddWithValue(request.Trigger);
                insert.Parameters.AddWithValue(request.Version);
                insert.ExecuteNonQuery();
            }

            // NOTIFY inside the transaction is delivered at commit, when the request row is visible to the listeners.
            using (var notify = new NpgsqlCommand("SELECT pg_notify($1, $2);", connection, transaction))
            {
                notify.Parameters.AddWithValue(Channel);
                notify.Parameters.AddWithValue(request.Id.ToString());
                notify.ExecuteNonQuery();
            }

            transaction.Commit();
            return true;
        }, out _);
    }

    public void RecordOutcome(Guid requestId, InstanceReloadOutcome outcome)
    {
        _database.TryRun("record a reload outcome", write: true, connection =>
        {
            InsertOutcome(connection, null, requestId, outcome);
            return true;
        }, out _);
    }

    public ReloadRequest? Find(Guid id)
    {
        _database.TryRun("read a reload request", write: false, connection =>
        {
            using var command = new NpgsqlCommand("SELECT id, origin, trigger, version, requested_at FROM reload_requests WHERE id = $1;", connection);
            command.Parameters.AddWithValue(id);
            return ReadOne(command);
        }, out var request);
        return request;
    }

    /// <summary>The newest request since <paramref name="since"/> from another instance: what a reconnecting listener may have missed.</summary>
    public ReloadRequest? LatestSince(DateTimeOffset since)
    {
        _database.TryRun("read the latest reload request", write: false, connection =>
        {
            using var command = new NpgsqlCommand("""
                SELECT id, origin, trigger, version, requested_at FROM reload_requests
                WHERE requested_at >= $1 AND origin <> $2 ORDER BY requested_at DESC LIMIT 1;
                """, connection);
            command.Parameters.AddWithValue(since);
            command.Parameters.AddWithValue(Self);
            return ReadOne(command);
        }, out var request);
        return request;
    }

    /// <summary>The other instances that sent a heartbeat within three beats: the ones a reload waits for.</summary>
    public IReadOnlyList<string> LiveOthers()
    {
        _database.TryRun("list the live instances", write: false, connection =>
        {
            using var command = new NpgsqlCommand(
                "SELECT instance FROM instances WHERE last_seen > $1 AND instance <> $2 ORDER BY instance;", connection);
            command.Parameters.AddWithValue(_time.GetUtcNow() - (3 * _heartbeat));
            command.Parameters.AddWithValue(Self);
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }, out var live);
        return live ?? [];
    }

    public IReadOnlyDictionary<string, InstanceReloadOutcome> Outcomes(Guid requestId)
    {
        _database.TryRun("read reload outcomes", write: false, connection =>
        {
            using var command = new NpgsqlCommand("SELECT instance, succeeded, version, message FROM reload_outcomes WHERE request_id = $1;", connection);
            command.Parameters.AddWithValue(requestId);
            using var reader = command.ExecuteReader();
            var outcomes = new Dictionary<string, InstanceReloadOutcome>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var instance = reader.GetString(0);
                outcomes[instance] = new InstanceReloadOutcome(instance, reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
            }

            return outcomes;
        }, out var found);
        return found ?? new Dictionary<string, InstanceReloadOutcome>();
    }

    public void Heartbeat(DateTimeOffset startedAt, string? version)
    {
        _database.TryRun("send a heartbeat", write: false, connection =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO instances (instance, started_at, last_seen, version) VALUES ($1, $2, $3, $4)
                ON CONFLICT (instance) DO UPDATE SET last_seen = EXCLUDED.last_seen, version = EXCLUDED.version;
                """, connection);
            command.Parameters.AddWithValue(Self);
            command.Parameters.AddWithValue(startedAt);
            command.Parameters.AddWithValue(_time.GetUtcNow());
            command.Parameters.AddWithValue((object?)version ?? DBNull.Value);
            return command.ExecuteNonQuery();
        }, out _);
    }

    /// <summary>Leaves the instances table on a clean stop, so reloads stop waiting for this one at once.</summary>
    public void Leave()
    {
        _database.TryRun("leave the instances table", write: false, connection =>
        {
            using var command = new NpgsqlCommand("DELETE FROM instances WHERE instance = $1;", connection);
            command.Parameters.AddWithValue(Self);
            return command.ExecuteNonQuery();
        }, out _);
    }

    /// <summary>Forgets old reloads, handled ids, tokens and conversations; any instance may do it, it is idempotent.</summary>
    public void Prune(TimeSpan retention)
    {
        var now = _time.GetUtcNow();
        _database.TryRun("prune old rows", write: false, connection =>
        {
            // One batch, one round trip; a single command may not hold several statements with parameters.
            using var batch = new NpgsqlBatch(connection);
            foreach (var (sql, at) in new[]
            {
                ("DELETE FROM reload_requests WHERE requested_at < $1;", now - retention),
                ("DELETE FROM handled_ids WHERE touched_at < $1;", now - retention),
                ("DELETE FROM button_tokens WHERE expires_at < $1;", now),
                ("DELETE FROM conversation_context WHERE expires_at < $1;", now),
                ("DELETE FROM instances WHERE last_seen < $1;", now - retention),
            })
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.AddWithValue(at);
                batch.BatchCommands.Add(command);
            }

            return batch.ExecuteNonQuery();
        }, out _);
    }

    private static void InsertOutcome(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid requestId, InstanceReloadOutcome outcome)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO reload_outcomes (request_id, instance, succeeded, version, message, at) VALUES ($1, $2, $3, $4, $5, now())
            ON CONFLICT (request_id, instance) DO UPDATE SET succeeded = EXCLUDED.succeeded, version = EXCLUDED.version, message = EXCLUDED.message, at = EXCLUDED.at;
            """, connection, transaction);
        command.Parameters.AddWithValue(requestId);
        command.Parameters.AddWithValue(outcome.Instance);
        command.Parameters.AddWithValue(outcome.Succeeded);
        command.Parameters.AddWithValue((object?)outcome.Version ?? DBNull.Value);
        command.Parameters.AddWithValue(outcome.Message);
        command.ExecuteNonQuery();
    }

    private static ReloadRequest? ReadOne(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ReloadRequest(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }
}
