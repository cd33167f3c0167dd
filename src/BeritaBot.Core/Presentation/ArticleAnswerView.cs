namespace BeritaBot.Core.Presentation;

/// <summary>An answer about the articles themselves (byline: author, editor, date, agency), from sources.yaml.</summary>
public sealed record ArticleAnswerView : AnswerView
{
    public required string Title { get; init; }

    /// <summary>One byline sentence per article.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<SourceLine> Sources { get; init; } = [];

    public required ConfidenceLabel Confidence { get; init; }
}
