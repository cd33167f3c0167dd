namespace BeritaBot.Core.Insights;

public enum FeedbackOutcome
{
    Recorded,
    AlreadyVoted,

    /// <summary>The store could not record it (disabled, locked, corrupt); the reader is thanked anyway.</summary>
    NotRecorded,
}
