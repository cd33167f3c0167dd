using BeritaBot.Core.Coordination;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Coordination;

/// <summary>
/// Claims on deliveries in the shared store. A claim is a lease: when its holder dies, the next delivery of the same
/// update takes it over once the lease has run out. When the store cannot be reached, every delivery counts as
/// claimed: answering twice is better than not answering.
/// </summary>
public sealed class PostgresHandledIdStore : IHandledIdStore
{
    private const short Claimed = 0;
    private const short Answered = 1;

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;

    public PostgresHandledIdStore(PostgresDatabase database, TimeProvider time, TimeSpan lease)
    {
        _database = database;
        _time = time;
        _lease = lease;
    }

    public async ValueTask<ClaimOutcome> TryClaimAsync(string scope, string id, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var (succeeded, outcome) = await _database.TryRunAsync("claim a delivery", write: true, async (connection, ct) =>
        {
            // Either a new row, or taking over a claim whose lease ran out; a live claim or an answer stays as it is.
            await using var claim = new NpgsqlCommand("""
                INSERT INTO handled_ids (scope, id, state, owner, lease_until, touched_at)
                VALUES ($1, $2, 0, $3, $4, $5)
                ON CONFLICT (scope, id) DO UPDATE
                    SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until, touched_at = EXCLUDED.touched_at
                    WHERE handled_ids.state = 0 AND handled_ids.lease_until < EXCLUDED.touched_at
                RETURNING owner;
                """, connection);
            claim.Parameters.AddWithValue(scope);
            claim.Parameters.AddWithValue(id);
            claim.Parameters.AddWithValue(_database.Instance.Id);
            claim.Parameters.AddWithValue(now + _lease);
            claim.Parameters.AddWithValue(now);
            if (await claim.ExecuteScalarAsync(ct) is not null)
            {
                return ClaimOutcome.Claimed;
            }

            await using var state = new NpgsqlCommand("SELECT state FROM handled_ids WHERE scope = $1 AND id = $2;", connection);
            state.Parameters.AddWithValue(scope);
            state.Parameters.AddWithValue(id);
            return await state.ExecuteScalarAsync(ct) is short s && s == Answered ? ClaimOutcome.AlreadyHandled : ClaimOutcome.InProgressElsewhere;
        }, cancellationToken);
        return succeeded ? outcome : ClaimOutcome.Claimed;
    }

    public async ValueTask CompleteAsync(string scope, string id, CancellationToken cancellationToken)
    {
        await _database.TryRunAsync("mark a delivery answered", write: true, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(
                "UPDATE handled_ids SET state = $4, touched_at = $3 WHERE scope = $1 AND id = $2;", connection);
            command.Parameters.AddWithValue(scope);
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(_time.GetUtcNow());
            command.Parameters.AddWithValue(Answered);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    public async ValueTask ReleaseAsync(string scope, string id, CancellationToken cancellationToken)
    {
        // Releasing runs while stopping, when the caller's token is already cancelled.
        await _database.TryRunAsync("release a delivery", write: true, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(
                "DELETE FROM handled_ids WHERE scope = $1 AND id = $2 AND owner = $3 AND state = $4;", connection);
            command.Parameters.AddWithValue(scope);
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(_database.Instance.Id);
            command.Parameters.AddWithValue(Claimed);
            return await command.ExecuteNonQueryAsync(ct);
        }, CancellationToken.None);
    }
}
