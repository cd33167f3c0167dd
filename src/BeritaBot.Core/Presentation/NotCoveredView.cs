namespace BeritaBot.Core.Presentation;

/// <summary>
/// A decline for a detail the coverage leaves open: the message, then what the nearest card does report, cited.
/// Never shown as an answer (no confidence, no vote).
/// </summary>
public sealed record NotCoveredView : AnswerView
{
    /// <summary>"Liputan ini tidak menyebutkannya. Yang diberitakan:"</summary>
    public required string Message { get; init; }

    public required string Title { get; init; }

    /// <summary>What the card reports, in the answer's language.</summary>
    public required string Coverage { get; init; }

    public IReadOnlyList<SourceLine> Sources { get; init; } = [];
}
