using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Generation;

/// <summary>One generated card, as it is written to <c>cards/&lt;id&gt;.md</c>.</summary>
public sealed record SyntheticCard
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Formal Indonesian, chat-style and English phrasings.</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    public required string Answer { get; init; }

    public required string AnswerEn { get; init; }

    public required IReadOnlyList<string> Keywords { get; init; }

    public DateOnly? Date { get; init; }

    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;

    public required string SourceId { get; init; }

    public IReadOnlyList<string> Related { get; init; } = [];

    public required string Tag { get; init; }

    /// <summary>Where the card file goes, relative to the cards folder (large sets are split into subfolders).</summary>
    public required string RelativePath { get; init; }
}
