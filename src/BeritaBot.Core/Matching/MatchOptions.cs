using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Core.Matching;

/// <summary>How sure the matcher must be, and how it weighs its evidence. Section "Matching".</summary>
public sealed class MatchOptions
{
    public const string SectionName = "Matching";

    /// <summary>
    /// Below this probability of being right the bot declines ("belum punya jawaban"). Unset, the scoring model's own
    /// threshold applies: the one <c>calibrate</c> chose by cross-validation.
    /// </summary>
    [Range(0.0, 1.0)]
    public double? Threshold { get; set; }

    /// <summary>The threshold that applies to an index: the configured one, or its scoring model's.</summary>
    internal double ThresholdFor(CardIndex index) => Threshold ?? index.Model.Threshold;

    /// <summary>Runner-ups within this distance of the best card are offered as "did you mean".</summary>
    [Range(0.0, 1.0)]
    public double SuggestionMargin { get; set; } = 0.12;

    /// <summary>
    /// When declining, cards above this confidence are offered as the closest questions. The shipped model's
    /// cross-validated reliability puts a card at 0.2–0.3 right about one time in five: worth a button, not an answer.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SuggestionFloor { get; set; } = 0.2;

    [Range(0, 10)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>Questions longer than this are declined with a message rather than matched.</summary>
    [Range(10, 100_000)]
    public int MaxQuestionLength { get; set; } = 1000;
}
