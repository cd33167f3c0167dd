namespace BeritaBot.Core.Answering;

public enum AnswerStatus
{
    /// <summary>A card matched confidently.</summary>
    Answered,

    /// <summary>Nothing matched confidently: the bot says it does not know, with suggestions.</summary>
    NotFound,

    /// <summary>The question itself was unusable (empty, too long, only symbols).</summary>
    Invalid,
}
