namespace BeritaBot.Core.Evaluation.Calibration;

/// <summary>One labelled question's candidates as the matcher saw them: their features and which are right.</summary>
/// <param name="Features">Per candidate, best first by the collecting model's fit.</param>
/// <param name="Right">Per candidate: it is one of the cards the label accepts.</param>
/// <param name="Cards">Per candidate, the card id.</param>
/// <param name="NotCovered">Per candidate: a <c>not_covered</c> question of the card claims the question.</param>
public sealed record QuestionExample(string Set, EvalCase Case, IReadOnlyList<double[]> Features, IReadOnlyList<bool> Right, IReadOnlyList<bool> NotCovered, IReadOnlyList<string> Cards)
{
    /// <summary>How much the question counts: every coverage weighs the same in all (see <see cref="CalibrationSet.Coverage"/>).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The knowledge the question was asked of (<see cref="CalibrationSet.Coverage"/>).</summary>
    public string Coverage { get; init; } = string.Empty;

    public bool InScope => Case.HasCard;
}
