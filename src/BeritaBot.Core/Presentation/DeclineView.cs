namespace BeritaBot.Core.Presentation;

/// <summary>The bot does not know: the message and the closest questions.</summary>
public sealed record DeclineView : AnswerView
{
    public required string Message { get; init; }
}
