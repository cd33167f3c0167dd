using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Matching;

/// <summary>A text reduced to what matching compares: stemmed content terms, the question's intent and language.</summary>
/// <param name="Terms">Distinct stemmed content terms, in order of appearance.</param>
/// <param name="Factors">Per term: 1, or the similarity of the typo correction that produced it.</param>
/// <param name="Normalized">The terms joined by spaces: the form fuzzy scoring and editors' grouping use.</param>
internal sealed record AnalyzedText(
    IReadOnlyList<string> Terms,
    IReadOnlyList<double> Factors,
    QuestionIntent Intent,
    AnswerLanguage Language,
    string Normalized,
    int Corrections)
{
    /// <summary>
    /// Indexes into <see cref="Terms"/> of words the question reached only through the lexicon's meaning groups ("run" →
    /// jalan): the knowledge may capitalise the term ("Jalan Palmerah"), but the question did not name anyone with it.
    /// </summary>
    public IReadOnlyList<int> Translated { get; init; } = [];

    /// <summary>Indexes into <see cref="Terms"/> of the words naming what is asked ("KOTA mana", "berapa USIA").</summary>
    public IReadOnlyList<int> Focus { get; init; } = [];

    /// <summary>Indexes into <see cref="Terms"/> of the other words next to a question word ("berapa PERSEN", "what COMPANY").</summary>
    public IReadOnlyList<int> Heads { get; init; } = [];

    /// <summary>Indexes into <see cref="Terms"/> of words the question capitalised inside a sentence: names as typed, known to the knowledge or not.</summary>
    public IReadOnlyList<int> TypedNames { get; init; } = [];

    /// <summary>The question asks for a calendar day ("tanggal berapa", "what date"), not just when.</summary>
    public bool WantsDay { get; init; }

    /// <summary>Per term: the position of the token it first came from, to tell who comes before a verb and who after.</summary>
    public IReadOnlyList<int> TermPositions { get; init; } = [];

    /// <summary>Where a "what did X say" question has its speech verb ("bilang", "kata", "said"), or −1.</summary>
    public int SpeechAt { get; init; } = -1;

    /// <summary>The speaker follows the verb ("apa kata Peskov", "apa yang dikatakan Aliyev") rather than leads it.</summary>
    public bool SpeakerFollows { get; init; }

    /// <summary>The question asks for an exact count ("berapa orang persisnya", "the exact number"), not an estimate.</summary>
    public bool WantsExactCount { get; init; }

    /// <summary>The question asks whether ("apakah MK menolak", "mk nolak ya?", "did the court reject"), with no question word.</summary>
    public bool AsksYesNo { get; init; }

    /// <summary>The question asks for the time of day ("jam berapa", "pukul berapa", "what time"), not just the day.</summary>
    public bool WantsClock { get; init; }

    /// <summary>The question asks how long something lasted ("berapa lama", "sudah berapa tahun", "how long").</summary>
    public bool WantsDuration { get; init; }

    /// <summary>
    /// Stems of words left out as part of the question phrase ("siapa NAMA menlu"): not topic, but they still tell
    /// a question the coverage leaves open ("what are their names") from the one it answers ("who").
    /// </summary>
    public IReadOnlyList<string> Framed { get; init; } = [];
}
