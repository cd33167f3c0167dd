using BeritaBot.Core.Insights;

namespace BeritaBot.Insights.Disabled;

/// <summary>Used when <c>Insights:Enabled</c> is false: says honestly that nothing was kept.</summary>
public sealed class DisabledFeedbackService : IFeedbackService
{
    public FeedbackOutcome Vote(FeedbackVote vote) => FeedbackOutcome.NotRecorded;
}
