using BeritaBot.Core.Coordination;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Coordination;

/// <summary>Conversation context in the shared store with its expiry, so a follow-up may reach any instance.</summary>
public sealed class PostgresConversationContextStore : IConversationContextStore
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresConversationContextStore(PostgresDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public string? Find(string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        _database.TryRun("read a conversation", write: false, connection =>
        {
            using var command = new NpgsqlCommand(
                "SELECT context FROM conversation_context WHERE conversation_key = $1 AND expires_at > $2;", connection);
            command.Parameters.AddWithValue(conversationKey);
            command.Parameters.AddWithValue(_time.GetUtcNow());
            return command.ExecuteScalar() as string;
        }, out var context);
        return context;
    }

    public void Save(string conversationKey, string context, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        ArgumentNullException.ThrowIfNull(context);
        _database.TryRun("keep a conversation", write: true, connection =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO conversation_context (conversation_key, context, expires_at) VALUES ($1, $2, $3)
                ON CONFLICT (conversation_key) DO UPDATE SET context = EXCLUDED.context, expires_at = EXCLUDED.expires_at;
                """, connection);
            command.Parameters.AddWithValue(conversationKey);
            command.Parameters.AddWithValue(context);
            command.Parameters.AddWithValue(_time.GetUtcNow() + lifetime);
            return command.ExecuteNonQuery();
        }, out _);
    }

    public void Remove(string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        _database.TryRun("forget a conversation", write: true, connection =>
        {
            using var command = new NpgsqlCommand("DELETE FROM conversation_context WHERE conversation_key = $1;", connection);
            command.Parameters.AddWithValue(conversationKey);
            return command.ExecuteNonQuery();
        }, out _);
    }
}
