namespace BeritaBot.Core.Insights;

/// <summary>Records "Membantu" / "Tidak membantu" votes, one per reader per answer.</summary>
public interface IFeedbackService
{
    FeedbackOutcome Vote(FeedbackVote vote);
}
