namespace BeritaBot.Core.Matching;

/// <summary>
/// BM25F's parameters for gathering candidates (Robertson and Zaragoza's formulation): per field a weight and a
/// length normalisation, one k1 for the combined frequency. They only decide which cards are looked at and how
/// the <c>bm25f</c> feature reads; how much each field's matches count towards confidence is the scoring model's.
/// </summary>
internal static class Bm25FieldWeights
{
    public const double K1 = 1.2;

    public static double Weight(CardField field) => field switch
    {
        CardField.Question => 1.0,
        CardField.Title => 1.0,
        CardField.Keyword => 0.8,

        // Answers state facts no phrasing asks about; they say less about what a card answers than its questions do.
        CardField.Answer => 0.6,
        CardField.AnswerEn => 0.6,
        CardField.Source => 0.3,

        // A question the card leaves open must find the card, so that the card can say so.
        CardField.NotCovered => 1.0,
        _ => 0,
    };

    /// <summary>How much a field's length normalises its frequencies (BM25's b).</summary>
    public static double LengthNormalisation(CardField field) => field switch
    {
        // Phrasings are one field per card: a card with twenty-five of them repeats its words because editors
        // rephrase, not because it is more about them.
        CardField.Question => 0.75,
        CardField.Answer or CardField.AnswerEn => 0.5,
        _ => 0.3,
    };

    public static readonly CardField[] Indexed =
        [CardField.Question, CardField.Title, CardField.Keyword, CardField.Answer, CardField.AnswerEn, CardField.Source, CardField.NotCovered];
}
