namespace BeritaBot.Core.Evaluation;

/// <summary>What the bot did with one turn of a follow-up set.</summary>
/// <param name="UsedTopic">The answer was read with the conversation's topic (it showed "tentang …").</param>
public sealed record FollowUpOutcome(FollowUpCase Case, bool Answered, string? Card, string? TopCard, double Confidence, bool UsedTopic)
{
    /// <summary>
    /// Out of scope: declined. A topic change: the right card, and read alone, not glued to the old topic. Otherwise
    /// the right card, however it was reached.
    /// </summary>
    public bool IsCorrect => Case.Case.IsOutOfScope
        ? !Answered
        : Answered && Case.Case.Accepts(Card) && !(Case.Kind == FollowUpCase.ChangeKind && UsedTopic);
}
