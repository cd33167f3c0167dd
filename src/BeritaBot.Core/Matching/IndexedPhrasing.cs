namespace BeritaBot.Core.Matching;

/// <summary>One question phrasing of a card, pre-analysed once at load.</summary>
/// <param name="TermIds">Distinct term ids, sorted.</param>
/// <param name="Weight">Sum of the terms' idf: the denominator of how much of the phrasing a question covers.</param>
/// <param name="SortedUtf8">
/// The normalised words, sorted once at load: FuzzySharp's token-sort ratio against it is a plain ratio, so nothing
/// is re-tokenised per question. Kept as UTF-8, half the size of a string for folded text: there is one per
/// phrasing, and only the few best candidates' are ever read.
/// </param>
internal sealed record IndexedPhrasing(string Text, int[] TermIds, double Weight, byte[] SortedUtf8, QuestionIntent Intent, BeritaBot.Core.Answering.AnswerLanguage Language)
{
    public string SortedNormalized => System.Text.Encoding.UTF8.GetString(SortedUtf8);

    /// <summary>
    /// For a <c>not_covered</c> question: its terms that none of the card's phrasings use (the "names" in "what are
    /// the districts' names"). A question without one of them asks what the card answers, not what it leaves open.
    /// </summary>
    public int[] OpenTerms { get; init; } = [];
}
