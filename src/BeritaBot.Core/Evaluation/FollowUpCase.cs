namespace BeritaBot.Core.Evaluation;

/// <summary>One turn of a follow-up set's conversation.</summary>
/// <param name="Case">Its kind as the category, what should answer it, and the question.</param>
public sealed record FollowUpCase(string Chat, int Turn, string Register, EvalCase Case)
{
    /// <summary>The turn that opens a conversation; the others are scored as follow-ups.</summary>
    public const string OpenerKind = "opener";

    /// <summary>A turn that changes topic: right only when answered as a standalone question would be.</summary>
    public const string ChangeKind = "change";

    public string Kind => Case.Category;

    public bool IsFollowUp => Kind != OpenerKind;
}
