namespace BeritaBot.Core.Matching;

/// <summary>One question phrasing of a card, pre-analysed once at load.</summary>
/// <param name="TermIds">Distinct term ids, sorted.</param>
/// <param name="Weight">Sum of the terms' idf: the denominator of how much of the phrasing a question covers.</param>
/// <param name="SortedNormalized">
/// The normalised words, sorted once at load: FuzzySharp's token-sort ratio against it is a plain ratio, so nothing
/// is re-tokenised per question.
/// </param>
internal sealed record IndexedPhrasing(string Text, int[] TermIds, double Weight, string SortedNormalized, QuestionIntent Intent, BeritaBot.Core.Answering.AnswerLanguage Language)
{
    /// <summary>
    /// For a <c>not_covered</c> question: its terms that none of the card's phrasings use (the "names" in "what are
    /// the districts' names"). A question without one of them asks what the card answers, not what it leaves open.
    /// </summary>
    public int[] OpenTerms { get; init; } = [];
}
