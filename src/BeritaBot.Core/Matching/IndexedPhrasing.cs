namespace BeritaBot.Core.Matching;

/// <summary>One question phrasing of a card, pre-analysed once at load.</summary>
/// <param name="TermIds">Distinct term ids, sorted.</param>
/// <param name="Weight">Sum of the terms' idf: the denominator of how much of the phrasing a question covers.</param>
internal sealed record IndexedPhrasing(string Text, int[] TermIds, double Weight, string Normalized, QuestionIntent Intent, BeritaBot.Core.Answering.AnswerLanguage Language)
{
    /// <summary>The normalised words sorted, computed once: FuzzySharp's token-sort ratio on it is a plain ratio.</summary>
    public string SortedNormalized { get; } = CardMatcher.SortWords(Normalized);
}
