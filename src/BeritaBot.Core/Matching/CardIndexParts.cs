namespace BeritaBot.Core.Matching;

/// <summary>
/// Everything a <see cref="CardIndex"/> holds beyond its cards, as plain arrays: what the knowledge cache writes and
/// reads back, so an index can be restored without analysing a single card again.
/// </summary>
/// <param name="Vocabulary">Every surface word with its frequency, in the order the index first met them: the typo
/// corrector's candidates, whose order decides ties.</param>
/// <param name="Terms">The term dictionary: term i is the stem with id i.</param>
/// <param name="SortedSurfaceWords">The vocabulary in ordinal order, for autocomplete.</param>
internal sealed record CardIndexParts(
    IReadOnlyList<KeyValuePair<string, int>> Vocabulary,
    string[] Terms,
    Posting[][] Postings,
    double[] Idf,
    IndexedPhrasing[][] Phrasings,
    IndexedPhrasing[][] NotCovered,
    int[] IntentMasks,
    int[] AnswerKinds,
    CardTermRuns Counted,
    CardTermRuns Unstated,
    bool[] GivesDay,
    bool[] GivesCount,
    bool[] GivesDuration,
    bool[] IsName,
    CardTermRuns Speakers,
    int[] EntityKind,
    string[] SortedSurfaceWords);
