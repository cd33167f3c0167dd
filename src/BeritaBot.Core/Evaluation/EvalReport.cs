using System.Globalization;
using System.Text;

namespace BeritaBot.Core.Evaluation;

/// <summary>Accuracy of a run over an evaluation set, per category, with the confusions to look at.</summary>
public sealed record EvalReport(IReadOnlyList<EvalOutcome> Outcomes)
{
    public double InScopeAccuracy => Rate(Outcomes.Where(o => !o.Case.IsOutOfScope));

    public double OutOfScopeDeclineRate => Rate(Outcomes.Where(o => o.Case.IsOutOfScope));

    public IEnumerable<(string Category, int Correct, int Total)> ByCategory() =>
        Outcomes.GroupBy(o => o.Case.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(o => o.IsCorrect), g.Count()));

    public IEnumerable<EvalOutcome> Confusions => Outcomes.Where(o => !o.IsCorrect);

    /// <summary>In-scope accuracy and out-of-scope decline rate at other thresholds, for calibration.</summary>
    public IEnumerable<(double Threshold, double InScope, double OutOfScope)> Sweep(IEnumerable<double> thresholds) =>
        thresholds.Select(t => (
            t,
            Rate(Outcomes.Where(o => !o.Case.IsOutOfScope), o => o.IsCorrectAt(t)),
            Rate(Outcomes.Where(o => o.Case.IsOutOfScope), o => o.IsCorrectAt(t))));

    public string ToText(bool includeSweep)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"{Outcomes.Count} questions");
        foreach (var (category, correct, total) in ByCategory())
        {
            sb.AppendLine(c, $"  {category,-10} {correct,4}/{total,-4} {100.0 * correct / total,6:F1}%");
        }

        sb.AppendLine(c, $"  in-scope answered correctly: {100 * InScopeAccuracy:F1}%");
        sb.AppendLine(c, $"  out-of-scope declined:       {100 * OutOfScopeDeclineRate:F1}%");
        if (includeSweep)
        {
            sb.AppendLine("threshold sweep (in-scope correct / out-of-scope declined):");
            foreach (var (t, inScope, outScope) in Sweep(Enumerable.Range(30, 41).Select(i => i / 100.0)))
            {
                sb.AppendLine(c, $"  {t:F2}  {100 * inScope,5:F1}%  {100 * outScope,5:F1}%");
            }
        }

        var confusions = Confusions.ToList();
        if (confusions.Count > 0)
        {
            sb.AppendLine(c, $"confusions ({confusions.Count}):");
            foreach (var o in confusions)
            {
                var got = o.Answered ? o.Card : "declined (top: " + (o.TopCard ?? "-") + ")";
                sb.AppendLine(c, $"  [{o.Case.Category}] {o.Case.Question}\n      expected {o.Case.Expected}, got {got} @ {o.Confidence:F2}");
            }
        }

        return sb.ToString();
    }

    private static double Rate(IEnumerable<EvalOutcome> outcomes, Func<EvalOutcome, bool>? correct = null)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1.0 : (double)list.Count(correct ?? (o => o.IsCorrect)) / list.Count;
    }
}
