namespace BeritaBot.Core.Answering;

/// <summary>The coarse outcome of an answer, derived from its <see cref="AnswerKind"/> (what <c>ask --json</c> and the eval count).</summary>
public enum AnswerStatus
{
    /// <summary>A card or an article's byline answered.</summary>
    Answered,

    /// <summary>Declined (nothing matched, or the coverage leaves it open): the editors' report lists these.</summary>
    NotFound,

    /// <summary>Not a question the bot looks up (empty, too long, only symbols, too vague, a greeting).</summary>
    Invalid,
}
