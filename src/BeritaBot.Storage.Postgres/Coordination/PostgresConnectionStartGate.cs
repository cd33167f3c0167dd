using BeritaBot.Core.Coordination;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Coordination;

/// <summary>
/// Connection starts spaced across every instance in the shared store (Discord's Identify buckets and session start
/// limit), decided on the server's clock by <c>take_connection_start</c>. While the store cannot be reached, this
/// instance at least keeps the limits within itself.
/// </summary>
public sealed class PostgresConnectionStartGate : IConnectionStartGate
{
    private readonly PostgresDatabase _database;
    private readonly MemoryConnectionStartGate _fallback;

    public PostgresConnectionStartGate(PostgresDatabase database, TimeProvider time)
    {
        _database = database;
        _fallback = new MemoryConnectionStartGate(time);
    }

    public async ValueTask SetBudgetAsync(string scope, StartBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        await _fallback.SetBudgetAsync(scope, budget, cancellationToken);
        await _database.TryRunAsync("record the session start budget", write: true, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("SELECT set_connection_start_budget($1, $2, $3, $4);", connection);
            command.Parameters.AddWithValue(scope);
            command.Parameters.AddWithValue(budget.Total);
            command.Parameters.AddWithValue(budget.Remaining);
            command.Parameters.AddWithValue(budget.ResetAfter);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    public async ValueTask<TimeSpan> TryStartAsync(string scope, string lane, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var (succeeded, wait) = await _database.TryRunAsync("take a connection start turn", write: false, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("SELECT take_connection_start($1, $2, $3);", connection);
            command.Parameters.AddWithValue(scope);
            command.Parameters.AddWithValue(lane);
            command.Parameters.AddWithValue(spacing);
            return (TimeSpan)(await command.ExecuteScalarAsync(ct))!;
        }, cancellationToken);
        return succeeded ? wait : await _fallback.TryStartAsync(scope, lane, spacing, cancellationToken);
    }
}
