namespace BeritaBot.Core.Knowledge;

/// <summary>One curated fact: the phrasings that ask for it, the answer, and the articles it rests on.</summary>
public sealed record Card
{
    /// <summary>The file name without <c>.md</c>.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>The Indonesian answer (the Markdown body).</summary>
    public required string Answer { get; init; }

    public string? AnswerEn { get; init; }

    public required IReadOnlyList<string> SourceIds { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// Questions next to this card that the articles leave open ("what were the officials' names?" where the card
    /// says they are not named). A question that fits one of these better than any phrasing is declined with what
    /// the card does say, rather than answered as if the card had the detail.
    /// </summary>
    public IReadOnlyList<string> NotCovered { get; init; } = [];

    /// <summary>The event's date, for chronology; null for cards that are not events.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Whether <see cref="Date"/> is a day, or only a month or year (written 2023-09 or 2023).</summary>
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;

    public IReadOnlyList<string> Related { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The file the card was loaded from, for error messages and edits.</summary>
    public required string FilePath { get; init; }

    /// <summary>The first tag, or a neutral group, used to list cards by topic.</summary>
    public string Topic => Tags.Count > 0 ? Tags[0] : "umum";
}
