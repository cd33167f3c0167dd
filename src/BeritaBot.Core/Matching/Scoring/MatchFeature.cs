namespace BeritaBot.Core.Matching.Scoring;

/// <summary>
/// The evidence the matcher weighs for one candidate card. Every feature is relative (a share of the question, a
/// ratio, a yes/no), never a count of one coverage's words, so weights fitted on some coverages carry to others.
/// Shares of the question are by term weight: idf (floored) times the typo correction's similarity.
/// </summary>
public enum MatchFeature
{
    /// <summary>BM25F over all fields, divided by what the question would score on a card holding all its words.</summary>
    Bm25F,

    /// <summary>The best phrasing's weighted F-measure: how much of the question it holds and how much of it is asked.</summary>
    PhraseFit,

    /// <summary>How much of the question the best phrasing holds (by the question's term weights).</summary>
    PhraseRecall,

    /// <summary>How much of the best phrasing the question asks (by idf).</summary>
    PhrasePrecision,

    /// <summary>Share of the question found in what the card asks: phrasings, title, keywords.</summary>
    AskingCoverage,

    /// <summary>Share of the question found only in what the card says: its answers and its articles.</summary>
    SayingCoverage,

    /// <summary>Share of the question in names (capitalised in the knowledge's prose) the card never has.</summary>
    NamesMissing,

    /// <summary>Share of the question in the knowledge's plain words the card never has.</summary>
    WordsMissing,

    /// <summary>Share of the question in its weightiest word that the knowledge uses but this card never does: one such word is often the whole difference between a near miss and a hit.</summary>
    LargestMissing,

    /// <summary>Share of the question in words the knowledge never uses.</summary>
    UnknownWords,

    /// <summary>FuzzySharp's token-sort ratio of the normalised question and the card's closest phrasing, 0–1.</summary>
    Fuzzy,

    /// <summary>1 when the question asks a kind of thing (when, who, how many, where, why, how, what was said) the card answers.</summary>
    KindAgrees,

    /// <summary>1 when the question asks when, who, how many, where or what was said, and the card answers other kinds.</summary>
    KindConflicts,

    /// <summary>
    /// 1 when the phrasing that fits best asks another kind of thing than the question ("what did X say about the
    /// goal" for "why was the goal disallowed"): the card may answer the question's kind in another phrasing, but
    /// the words matched belong to a different question.
    /// </summary>
    PhraseKindDiffers,

    /// <summary>
    /// 1 when the question asks why or how and no phrasing of the card asks it. Those kinds are answered in many
    /// shapes, so unlike <see cref="KindConflicts"/> this is weak evidence alone; it tells "why did X appeal" from
    /// the card that only says X appealed when a card asking why is close by.
    /// </summary>
    SoftKindMissing,

    /// <summary>
    /// 1 when the question asks when, where or how many, no phrasing of the card asks it, but the card's answer
    /// states a date, a place or a figure: a busy editor's card answers more than its four phrasings ask, so this
    /// takes the place of <see cref="KindConflicts"/> and weighs what the answer text shows.
    /// </summary>
    KindInAnswer,

    /// <summary>1 when the question wants a calendar day, a time of day, an exact figure, a length of time or the event a day before or after another, and the card does not give it.</summary>
    DetailMissing,

    /// <summary>1 when the question has someone else speaking, or names another of a kind (person, country) than the card's phrasing.</summary>
    SpeakerMismatch,

    /// <summary>
    /// 1 when the question has a name the card never has and the phrasing it fits best has a name the question does
    /// not: "banjir di Pacitan" of the card asking about the flood in Serang, "PT Wijaya Kencana" of "PT Kencana
    /// Tambang". Unlike <see cref="SpeakerMismatch"/> it needs no <c>entities.yaml</c>: one name in place of another
    /// is a card about another one, whatever their kind.
    /// </summary>
    NameSwapped,

    /// <summary>1 when the attribute asked for ("KOTA mana", "berapa USIA", "what PARTY") is nowhere on the card.</summary>
    FocusMissing,

    /// <summary>1 when another word next to the question word ("berapa PERSEN", "what COMPANY", "program APA") is nowhere on the card and names no one.</summary>
    HeadMissing,

    /// <summary>
    /// 1 when the question asks how many of something it names ("berapa PERSEN", "berapa ANGGOTA", "how many
    /// SOLDIERS") and the card's answers write no figure next to it: the card's figures count other things.
    /// </summary>
    CountMissing,

    /// <summary>
    /// 1 when the question gives a number (a year, a day, a figure) the card never has: "the 2026 target" of a card on
    /// the 2024 one is a near miss however well the rest fits.
    /// </summary>
    NumberMissing,

    /// <summary>
    /// 1 when the question asks who of something it describes ("siapa saja rektor yang ditemui Nadiem", "who heads the
    /// monitoring centre") and the card's answers name no person the question does not: the card tells of the
    /// meeting or the centre, not who. People are those <c>entities.yaml</c> lists; without them this never fires.
    /// </summary>
    NoOneElseNamed,
    /// <summary>
    /// 1 when the question asks for a word the card's answer holds only where it says the detail is not given
    /// ("jenis senjata apa" of "Jenis senjata dan pemiliknya tidak disebutkan"): a <c>not_covered</c> written in prose.
    /// </summary>
    DetailUnstated,
    /// <summary>1 when one of the card's <c>not_covered</c> questions claims the question.</summary>
    NotCovered,

    /// <summary>
    /// 1 for a card with five phrasings or fewer, less the more it has (5 / count): a busy editor's card cannot be
    /// expected to hold the reader's words as closely as one with twenty-five phrasings.
    /// </summary>
    SparseCard,

    /// <summary><see cref="SparseCard"/> × <see cref="PhraseFit"/>: how much a phrasing's fit says depends on how many phrasings there are.</summary>
    SparsePhraseFit,

    /// <summary>1 / the number of the question's content terms: one word says less than five.</summary>
    ShortQuestion,

    /// <summary>
    /// 1 when the question asks when. The kind of question is no evidence for one card over another, but what a
    /// missing word means depends on it: in "kapan vial itu TIBA" of a card dated the day the vials were announced,
    /// the missing verb is the event whose date is asked. The trees read these with the other features.
    /// </summary>
    AsksWhen,

    /// <summary>1 when the question asks who (see <see cref="AsksWhen"/>).</summary>
    AsksWho,

    /// <summary>1 when the question asks how many or how much (see <see cref="AsksWhen"/>).</summary>
    AsksHowMany,

    /// <summary>1 when the question asks where (see <see cref="AsksWhen"/>).</summary>
    AsksWhere,

    /// <summary>1 when the question asks whether something is so (see <see cref="AsksWhen"/>).</summary>
    AsksYesNo,

    /// <summary>This card's fit minus the best other candidate's (the fit is the model's score without this feature and <see cref="NotCovered"/>).</summary>
    Margin,
}
