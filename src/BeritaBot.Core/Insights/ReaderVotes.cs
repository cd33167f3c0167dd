using BeritaBot.Core.Presentation;

namespace BeritaBot.Core.Insights;

/// <summary>The one vote path of every front end: a reader's "Membantu" / "Tidak membantu" press, and what to tell them.</summary>
public sealed class ReaderVotes(IFeedbackService feedback)
{
    /// <returns>The text to show the reader: thanks, or that they already voted on this answer.</returns>
    public string Vote(string platform, string userId, string cardId, string question, bool helpful)
    {
        var outcome = feedback.Vote(new FeedbackVote(cardId, question, ReaderKey.Voter(platform, userId), helpful, platform));
        return PresentationTexts.Voted(outcome == FeedbackOutcome.AlreadyVoted);
    }
}
