namespace BeritaBot.Core.Matching;

/// <summary>
/// How the re-ranker combines its evidence into a confidence. The defaults are calibrated on the evaluation set
/// (tests/BeritaBot.Core.Tests/Eval); change them only with a new calibration run.
/// </summary>
internal sealed record ScoringWeights
{
    public static ScoringWeights Default { get; } = new();

    /// <summary>Share of the question's weight that the card contains anywhere (questions, title, keywords, answer).</summary>
    public double Coverage { get; init; } = 0.1;

    /// <summary>How well the best single phrasing fits the question (idf-weighted F1 of the two term sets).</summary>
    public double Phrase { get; init; } = 0.6;

    /// <summary>
    /// F-beta of the phrasing fit: below 1 favours precision, so a phrasing with words the question lacks
    /// ("how many soldiers DIED" for "how many soldiers") fits less.
    /// </summary>
    public double PhraseBeta { get; init; } = 0.5;

    /// <summary>FuzzySharp token-sort ratio of the normalised question and phrasing.</summary>
    public double Fuzzy { get; init; } = 0.2;

    /// <summary>
    /// Minimum term weight as a share of the rarest term's idf. In a small coverage the main names appear on most
    /// cards, so plain idf would make "Armenia" versus "Azerbaijan" nearly weightless; the floor keeps them telling.
    /// </summary>
    public double IdfFloor { get; init; } = 0.5;

    /// <summary>The confidence is scaled by (share of the question found in the card) to this power: words the card never mentions count against it.</summary>
    public double MissingTermExponent { get; init; } = 2.0;

    /// <summary>From this many content terms on, a question counts as long (see <see cref="LongMissingTermExponent"/>).</summary>
    /// <summary>
    /// Confidence is multiplied by this when the best phrasing names another person or country than the question
    /// (kinds from <c>entities.yaml</c>): the card tells the same thing about someone else.
    /// </summary>
    public double SwapFactor { get; init; } = 0.5;

    public int LongQuestionTerms { get; init; } = 6;

    /// <summary>
    /// The missing-term exponent for long questions. A question that explains its context ("Saya sedang mempelajari
    /// ...; menurut pemberitaan ini ...") brings words no card has, however in scope it is; squaring their share
    /// declined such questions even when the right card ranked first.
    /// </summary>
    public double LongMissingTermExponent { get; init; } = 1.5;

    /// <summary>
    /// Weight of a question word the knowledge has never seen, relative to the rarest known word. Unknown words are
    /// often just another way of saying something; a KNOWN word the card lacks means the question is about
    /// something else.
    /// </summary>
    public double UnknownTermFactor { get; init; } = 1.0;

    /// <summary>
    /// How much a known plain word the card lacks counts against it, relative to a missing name (1 = same).
    /// </summary>
    public double CommonWordMissingFactor { get; init; } = 0.3;

    /// <summary>Phrase fit given to a card whose text places an event a day before/after another, per share of the question it contains.</summary>
    public double RelativeFit { get; init; } = 1.0;

    /// <summary>
    /// How much the word naming what is asked ("KOTA mana", "apa NAMA", "berapa USIA") counts against a card that
    /// never mentions it: such a card tells something about the topic, but not the thing asked.
    /// </summary>
    public double FocusMissingFactor { get; init; } = 1.0;

    /// <summary>Confidence is multiplied by this when a question asks for a calendar day and the card gives none.</summary>
    public double NoDayFactor { get; init; } = 0.4;

    /// <summary>Confidence is multiplied by this when a question asks for an exact count and the card gives no figure.</summary>
    public double NoCountFactor { get; init; } = 0.4;

    /// <summary>Confidence is multiplied by this when a question asks how long and the card states no length of time.</summary>
    public double NoDurationFactor { get; init; } = 0.4;

    /// <summary>
    /// How close a <c>not_covered</c> question must fit, relative to the card's best phrasing, once the question uses
    /// a word only that open question has: the phrasings share the topic and differ in that one word.
    /// </summary>
    public double NotCoveredFit { get; init; } = 0.7;

    /// <summary>Confidence is multiplied by this when the card never mentions the word naming what is asked.</summary>
    public double FocusMismatchFactor { get; init; } = 0.8;

    /// <summary>Confidence is multiplied by this when a date, person, quantity or place question meets a card that answers none of that kind.</summary>
    public double IntentMismatchFactor { get; init; } = 0.6;

    public double IntentBonus { get; init; } = 0.04;

    /// <summary>For date, person, quantity and place questions on a card that answers none of that kind.</summary>
    public double IntentPenalty { get; init; } = 0.1;

    /// <summary>For reason and manner questions, whose wording varies more.</summary>
    public double SoftIntentPenalty { get; init; } = 0.05;
}
