using System.Collections.Concurrent;
using BeritaBot.Core.Insights;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>One vote per voter per card, like the real store.</summary>
public sealed class FakeFeedbackService : IFeedbackService
{
    private readonly ConcurrentDictionary<(string CardId, string VoterKey), FeedbackVote> _votes = new();

    public IReadOnlyList<FeedbackVote> Votes => [.. _votes.Values];

    public FeedbackOutcome Vote(FeedbackVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return _votes.TryAdd((vote.CardId, vote.VoterKey), vote) ? FeedbackOutcome.Recorded : FeedbackOutcome.AlreadyVoted;
    }
}
