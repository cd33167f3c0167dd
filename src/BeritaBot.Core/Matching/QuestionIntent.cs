namespace BeritaBot.Core.Matching;

/// <summary>What kind of answer the question word asks for. A "kapan" question wants a date, not a person.</summary>
public enum QuestionIntent
{
    None,
    Date,
    Person,
    Quantity,
    Place,
    Reason,
    Manner,

    /// <summary>What someone said: "apa kata Peskov", "putin bilang apa", "what did Pashinyan say".</summary>
    Statement,
}
