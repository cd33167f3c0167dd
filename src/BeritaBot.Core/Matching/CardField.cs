namespace BeritaBot.Core.Matching;

/// <summary>The parts of a card its words are indexed from; a posting records which of them hold the term.</summary>
[Flags]
internal enum CardField : byte
{
    None = 0,

    /// <summary>The <c>questions</c> phrasings, all together.</summary>
    Question = 1,

    Title = 2,

    Keyword = 4,

    /// <summary>The Indonesian answer (the Markdown body).</summary>
    Answer = 8,

    AnswerEn = 16,

    /// <summary>The cited articles' outlet, agency and year ("menurut Kompas", "the 2024 AP report").</summary>
    Source = 32,

    /// <summary>Its <c>not_covered</c> questions: what it knows the articles leave open.</summary>
    NotCovered = 64,

    /// <summary>What the card asks for: its phrasings, title and keywords.</summary>
    Asking = Question | Title | Keyword,

    /// <summary>What the card says: its answers and its articles.</summary>
    Saying = Answer | AnswerEn | Source,
}
