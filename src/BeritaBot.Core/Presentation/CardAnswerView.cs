namespace BeritaBot.Core.Presentation;

/// <summary>A card's answer: title, answer, later developments, sources, confidence; readers may vote on it.</summary>
public sealed record CardAnswerView : AnswerView
{
    public required string CardId { get; init; }

    public required string Title { get; init; }

    /// <summary>The card's answer in the answer's language, without the later developments.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<LaterDevelopmentLine> LaterDevelopments { get; init; } = [];

    public IReadOnlyList<SourceLine> Sources { get; init; } = [];

    public required ConfidenceLabel Confidence { get; init; }
}
