using BeritaBot.Core.Insights;
using BeritaBot.Insights;
using BeritaBot.Insights.Storage;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Insights;

/// <summary>
/// One vote per reader per answer across every instance: the unique voter hash (same HMAC as
/// <see cref="SqliteFeedbackService"/>, under the shared store's salt) decides, whichever instance the press reaches.
/// </summary>
public sealed class PostgresFeedbackService : IFeedbackService
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresFeedbackService(PostgresDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public FeedbackOutcome Vote(FeedbackVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentException.ThrowIfNullOrWhiteSpace(vote.CardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(vote.VoterKey);

        var question = TextKey.Clip((vote.Question ?? string.Empty).Trim(), SqliteQuestionLog.MaxQuestionLength);
        var platform = string.IsNullOrWhiteSpace(vote.Platform) ? "unknown" : vote.Platform;
        var votedAt = _time.GetUtcNow();
        var stored = _database.TryRun("record a feedback vote", write: true, connection =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO feedback_votes (voter_hash, card_id, question, helpful, platform, voted_at)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (voter_hash) DO NOTHING;
                """, connection);
            command.Parameters.AddWithValue(SqliteFeedbackService.HashVoter(_database.VoterSalt, vote.VoterKey, vote.CardId, question));
            command.Parameters.AddWithValue(vote.CardId);
            command.Parameters.AddWithValue(question);
            command.Parameters.AddWithValue(vote.Helpful);
            command.Parameters.AddWithValue(platform);
            command.Parameters.AddWithValue(votedAt);
            return command.ExecuteNonQuery();
        }, out var inserted);

        if (!stored)
        {
            return FeedbackOutcome.NotRecorded;
        }

        return inserted == 1 ? FeedbackOutcome.Recorded : FeedbackOutcome.AlreadyVoted;
    }
}
