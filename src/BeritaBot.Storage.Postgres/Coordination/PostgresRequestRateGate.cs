using BeritaBot.Core.Coordination;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Coordination;

/// <summary>
/// A request rate every instance shares in the store (Discord's global REST limit per bot token): a sliding window
/// of request times and a pause, both on the server's clock (<c>take_request</c>). While the store cannot be
/// reached, requests go ahead: the platform's 429 still pauses the instance that gets it.
/// </summary>
public sealed class PostgresRequestRateGate : IRequestRateGate
{
    private readonly PostgresDatabase _database;

    public PostgresRequestRateGate(PostgresDatabase database)
    {
        _database = database;
    }

    public async ValueTask<TimeSpan> TryTakeAsync(string scope, RequestRate rate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var (succeeded, wait) = await _database.TryRunAsync("take a request from the shared rate", write: false, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("SELECT take_request($1, $2, $3);", connection);
            command.Parameters.AddWithValue(scope);
            command.Parameters.AddWithValue(rate.Limit);
            command.Parameters.AddWithValue(rate.Window);
            return (TimeSpan)(await command.ExecuteScalarAsync(ct))!;
        }, cancellationToken);
        return succeeded ? wait : TimeSpan.Zero;
    }

    public async ValueTask PauseAsync(string scope, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        await _database.TryRunAsync("publish a rate-limit pause", write: true, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO request_rates (scope, stamps, paused_until) VALUES ($1, '{}', clock_timestamp() + $2)
                ON CONFLICT (scope) DO UPDATE SET paused_until = GREATEST(request_rates.paused_until, EXCLUDED.paused_until);
                """, connection);
            command.Parameters.AddWithValue(scope);
            command.Parameters.AddWithValue(retryAfter);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }
}
