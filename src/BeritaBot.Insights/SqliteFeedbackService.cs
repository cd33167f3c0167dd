using System.Security.Cryptography;
using System.Text;
using BeritaBot.Core.Insights;
using BeritaBot.Insights.Storage;

namespace BeritaBot.Insights;

/// <summary>
/// Records "Membantu" / "Tidak membantu" votes, one per reader per answer. The reader is kept only as an HMAC of
/// (voter key, card, question) under a random per-database salt: enough to refuse a second vote, useless to find
/// the reader.
/// </summary>
public sealed class SqliteFeedbackService : IFeedbackService
{
    private readonly InsightsDatabase _database;
    private readonly TimeProvider _time;

    public SqliteFeedbackService(InsightsDatabase database, TimeProvider time)
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
        var votedAt = _time.GetUtcNow().ToUnixTimeMilliseconds();

        var stored = _database.TryRun("record a feedback vote", connection =>
        {
            var voterHash = HashVoter(_database.VoterSalt, vote.VoterKey, vote.CardId, question);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO feedback_votes (voter_hash, card_id, question, helpful, platform, voted_at)
                VALUES ($hash, $card, $question, $helpful, $platform, $at)
                ON CONFLICT (voter_hash) DO NOTHING;
                """;
            command.Parameters.AddWithValue("$hash", voterHash);
            command.Parameters.AddWithValue("$card", vote.CardId);
            command.Parameters.AddWithValue("$question", question);
            command.Parameters.AddWithValue("$helpful", vote.Helpful ? 1 : 0);
            command.Parameters.AddWithValue("$platform", platform);
            command.Parameters.AddWithValue("$at", votedAt);
            return command.ExecuteNonQuery();
        }, out var inserted);

        if (!stored)
        {
            return FeedbackOutcome.NotRecorded;
        }

        return inserted == 1 ? FeedbackOutcome.Recorded : FeedbackOutcome.AlreadyVoted;
    }

    internal static byte[] HashVoter(byte[] salt, string voterKey, string cardId, string question)
    {
        // The unit separator keeps ("a", "bc") and ("ab", "c") apart.
        var message = string.Join('\u001f', voterKey, cardId, TextKey.Fold(question));
        return HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(message));
    }
}
