namespace BeritaBot.Core.Tests.Eval;

/// <summary>One held-out question: how it is asked, and the card that should answer it.</summary>
/// <param name="Category">How the question is written: formal, chat, typo, english or none.</param>
/// <param name="Expected">A card id, <see cref="EvalSet.NoneExpected"/>, or a <c>?gap:</c> marker.</param>
/// <param name="Question">The question as a user would type it.</param>
/// <param name="LineNumber">One-based line in the file, for failure messages.</param>
public sealed record EvalQuestion(string Category, string Expected, string Question, int LineNumber)
{
    /// <summary>The coverage does not answer this question; the bot should decline.</summary>
    public bool IsOutOfScope => Expected == EvalSet.NoneExpected;

    /// <summary>The articles answer this question but no card does yet.</summary>
    public bool IsGap => Expected.StartsWith(EvalSet.GapPrefix, StringComparison.Ordinal);

    /// <summary>The bot can be scored on this question against a known card.</summary>
    public bool HasCard => !IsOutOfScope && !IsGap;
}
