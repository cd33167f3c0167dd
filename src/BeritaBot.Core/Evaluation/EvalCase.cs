namespace BeritaBot.Core.Evaluation;

/// <summary>One question of an evaluation set and the card that should answer it (null: the bot should decline).</summary>
public sealed record EvalCase(string Category, string? ExpectedCard, string Question, int Line)
{
    public bool IsOutOfScope => ExpectedCard is null;
}
