namespace BeritaBot.Core.Presentation;

/// <summary>Not a question the bot can look up (empty, too long, only symbols, too vague): how to ask instead.</summary>
public sealed record InvalidQuestionView : AnswerView
{
    public required string Message { get; init; }
}
