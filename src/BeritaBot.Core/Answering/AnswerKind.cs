namespace BeritaBot.Core.Answering;

/// <summary>What kind of reply an <see cref="Answer"/> is. Front ends switch on this, never on which fields are filled.</summary>
public enum AnswerKind
{
    /// <summary>A card matched confidently: its answer, with sources.</summary>
    Card,

    /// <summary>A question about an article itself (author, editor, date, agency), answered from its byline.</summary>
    Article,

    /// <summary>Declined because a card says the coverage leaves this open; says what the card does report.</summary>
    NotCovered,

    /// <summary>Nothing matched confidently: the bot says it does not know, with the closest questions.</summary>
    Declined,

    /// <summary>Not a question the bot can look up: empty, too long, only symbols, or too vague.</summary>
    Invalid,

    /// <summary>A greeting or thanks: a short friendly reply saying what the bot can do.</summary>
    Greeting,
}
