namespace BeritaBot.Core.Presentation;

/// <summary>A reply to a greeting or thanks, saying what the bot can do.</summary>
public sealed record GreetingView : AnswerView
{
    public required string Message { get; init; }
}
