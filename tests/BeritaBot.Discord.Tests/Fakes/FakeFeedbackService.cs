using BeritaBot.Core.Insights;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>One vote per voter, card and question, like the real store.</summary>
public sealed class FakeFeedbackService : IFeedbackService
{
    private readonly HashSet<(string, string, string)> _seen = [];

    public List<FeedbackVote> Votes { get; } = [];

    public FeedbackOutcome Vote(FeedbackVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        lock (_seen)
        {
            if (!_seen.Add((vote.VoterKey, vote.CardId, vote.Question)))
            {
                return FeedbackOutcome.AlreadyVoted;
            }

            Votes.Add(vote);
            return FeedbackOutcome.Recorded;
        }
    }
}
