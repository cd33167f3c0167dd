namespace BeritaBot.Core.Evaluation;

/// <summary>What the bot did with one evaluation question.</summary>
/// <param name="TopCard">The best candidate whether or not it was confident enough to answer.</param>
public sealed record EvalOutcome(EvalCase Case, bool Answered, string? Card, string? TopCard, double Confidence)
{
    public bool IsCorrect => Case.IsOutOfScope ? !Answered : Answered && Case.Accepts(Card);

    /// <summary>Whether the outcome would be correct with another threshold, from the recorded top candidate.</summary>
    public bool IsCorrectAt(double threshold)
    {
        var answers = TopCard is not null && Confidence >= threshold;
        return Case.IsOutOfScope ? !answers : answers && Case.Accepts(TopCard);
    }
}
