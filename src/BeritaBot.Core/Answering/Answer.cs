namespace BeritaBot.Core.Answering;

/// <summary>
/// What the bot says to a question. "No answer" is a value (<see cref="AnswerKind.Declined"/>), never null.
/// </summary>
public sealed record Answer
{
    public required AnswerKind Kind { get; init; }

    public AnswerStatus Status => Kind switch
    {
        AnswerKind.Card or AnswerKind.Article => AnswerStatus.Answered,
        AnswerKind.NotCovered or AnswerKind.Declined => AnswerStatus.NotFound,
        _ => AnswerStatus.Invalid,
    };

    /// <summary>The question as asked.</summary>
    public required string Question { get; init; }

    /// <summary>The question after normalisation (casefolded, abbreviations expanded, stemmed), for grouping.</summary>
    public string NormalizedQuestion { get; init; } = string.Empty;

    public required AnswerLanguage Language { get; init; }

    /// <summary>In [0, 1]. For a decline, the best candidate's confidence.</summary>
    public double Confidence { get; init; }

    public ConfidenceBand Band { get; init; }

    /// <summary>The answering card; null unless answered.</summary>
    public string? CardId { get; init; }

    public string? Title { get; init; }

    /// <summary>
    /// The answer text (with its later developments appended), or the decline message in the question's language.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>The card's own answer without the later developments; for a decline, the message alone.</summary>
    public string Body { get => _body ?? Text; init => _body = value; }

    public IReadOnlyList<SourceReference> Sources { get; init; } = [];

    public IReadOnlyList<CardReference> Related { get; init; } = [];

    /// <summary>Related cards dated after this one: how the story developed later (already appended to <see cref="Text"/>).</summary>
    public IReadOnlyList<LaterDevelopment> LaterDevelopments { get; init; } = [];

    /// <summary>Close runner-ups ("did you mean"), or the closest cards when declining.</summary>
    public IReadOnlyList<CardReference> Suggestions { get; init; } = [];

    /// <summary>For a decline: the best candidate card, for editors' reports.</summary>
    public string? BestCandidateId { get; init; }

    /// <summary>For a not-covered decline: what the card does report, in the answer's language.</summary>
    public string? Coverage { get; init; }

    public bool IsAnswered => Status == AnswerStatus.Answered;

    /// <summary>
    /// The conversation's topic this question was read with, when it leaned on it ("terus kapan?"): front ends show
    /// it ("tentang …") so that a wrong guess is visible. Null for a question that stood alone.
    /// </summary>
    public CardReference? Topic { get; init; }

    /// <summary>
    /// When a follow-up could mean more than one of the conversation's topics: the candidates to choose from (the bot
    /// asks which is meant; <see cref="Text"/> says so). Empty otherwise.
    /// </summary>
    public IReadOnlyList<CardReference> TopicChoices { get; init; } = [];

    private readonly string? _body;
}
