using BeritaBot.Core.Coordination;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Coordination;

/// <summary>Button tokens in the shared store: a button works on whichever instance receives the press, and after restarts.</summary>
public sealed class PostgresButtonTokenStore : IButtonTokenStore
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public PostgresButtonTokenStore(PostgresDatabase database, TimeProvider time, TimeSpan lifetime)
    {
        _database = database;
        _time = time;
        _lifetime = lifetime;
    }

    public string Add(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var token = ButtonToken.New();
        _database.TryRun("keep a button token", write: true, connection =>
        {
            using var command = new NpgsqlCommand(
                "INSERT INTO button_tokens (token, payload, expires_at) VALUES ($1, $2, $3) ON CONFLICT (token) DO NOTHING;", connection);
            command.Parameters.AddWithValue(token);
            command.Parameters.AddWithValue(payload);
            command.Parameters.AddWithValue(_time.GetUtcNow() + _lifetime);
            return command.ExecuteNonQuery();
        }, out _);

        // A token the store did not keep still goes out: its button answers "expired", the message itself is sent.
        return token;
    }

    public string? Find(string token)
    {
        if (!ButtonToken.IsWellFormed(token))
        {
            return null;
        }

        _database.TryRun("read a button token", write: false, connection =>
        {
            using var command = new NpgsqlCommand("SELECT payload FROM button_tokens WHERE token = $1 AND expires_at > $2;", connection);
            command.Parameters.AddWithValue(token);
            command.Parameters.AddWithValue(_time.GetUtcNow());
            return command.ExecuteScalar() as string;
        }, out var payload);
        return payload;
    }
}
