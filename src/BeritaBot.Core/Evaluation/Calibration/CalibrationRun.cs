using System.Globalization;
using System.Text;
using System.Text.Json;
using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Evaluation.Calibration;

/// <summary>What <c>calibrate</c> does: collect, cross-validate, fit on everything, and report.</summary>
public static class CalibrationRun
{
    private const int MaxCollections = 5;

    /// <summary>A weight that moves less than this between collections has settled.</summary>
    private const double SettledWeight = 0.02;

    /// <param name="show">Also list the fitted model's decision on every question of the sets whose name contains this.</param>
    /// <param name="declineWeight">How much declining an out-of-scope question counts against answering an in-scope one right, when the threshold is chosen.</param>
    /// <param name="trees">How to grow the trees that correct the weights' score, or null for the weights alone.</param>
    /// <param name="byCoverage">Cross-validate by leaving out one coverage at a time.</param>
    public static (ScoringModel Model, string Report) Run(IReadOnlyList<CalibrationSet> sets, double lambda, int folds, DateTimeOffset now, string? show = null, double declineWeight = 1, BoostedTrees.Options? trees = null, bool byCoverage = false)
    {
        ArgumentNullException.ThrowIfNull(sets);
        // The matcher's path through a question depends a little on the model it runs with (which candidates get a
        // fuzzy score, which part of a two-part question answers): collect, fit, and collect again with that fit until
        // the fit stops moving, so the result does not depend on the model that shipped before.
        var examples = Calibrator.Collect(sets);
        var cv = Calibrator.CrossValidate(examples, lambda, folds, declineWeight, trees, byCoverage);
        var model = Calibrator.Fit(examples, lambda, trees) with { Threshold = cv.Threshold, Regularisation = lambda };
        for (var round = 1; round < MaxCollections; round++)
        {
            examples = Calibrator.Collect(sets, model);
            cv = Calibrator.CrossValidate(examples, lambda, folds, declineWeight, trees, byCoverage);
            var next = Calibrator.Fit(examples, lambda, trees) with { Threshold = cv.Threshold, Regularisation = lambda };
            var moved = Math.Abs(next.Threshold - model.Threshold) > 1e-9
                || next.WeightVector.Zip(model.WeightVector).Any(p => Math.Abs(p.First - p.Second) > SettledWeight);
            model = next;
            if (!moved)
            {
                break;
            }
        }

        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        var folding = byCoverage ? "leave-one-coverage-out" : $"{folds}-fold";
        var grown = trees is null ? "no trees" : $"{trees.Rounds} trees of depth {trees.Depth}";
        report.AppendLine(c, $"{examples.Count} questions from {sets.Count} sets; {folding} cross-validation, L2 {lambda}, {grown}; declines weigh {declineWeight}; threshold {cv.Threshold:F2}");
        report.AppendLine("set                                              in scope (cv)   declined (cv)   in scope (fit)  declined (fit)  ranked first (cv)");
        var fitted = Calibrator.Decide(examples, model);
        var perSet = new List<object>();
        foreach (var group in examples.Select((e, i) => (e, i)).GroupBy(x => x.e.Set))
        {
            var cvRates = Calibrator.Rates(group.Select(x => cv.Decisions[x.i]), cv.Threshold);
            var fitRates = Calibrator.Rates(group.Select(x => fitted[x.i]), cv.Threshold);
            var inScope = group.Where(x => x.e.InScope).ToArray();
            var first = inScope.Length == 0 ? 1 : inScope.Count(x => cv.Decisions[x.i].Right) / (double)inScope.Length;
            report.AppendLine(c, $"{group.Key,-48} {Calibrator.Percent(cvRates.InScope),14}  {Calibrator.Percent(cvRates.OutOfScope),14}  {Calibrator.Percent(fitRates.InScope),14}  {Calibrator.Percent(fitRates.OutOfScope),14}  {Calibrator.Percent(first),14}");
            perSet.Add(new { set = group.Key, questions = group.Count(), inScopeCv = Math.Round(cvRates.InScope, 4), declinedCv = Math.Round(cvRates.OutOfScope, 4) });
        }

        if (show is not null)
        {
            // "+" right card first, "-" wrong; the probability; the card ranked first; what the label accepts.
            foreach (var d in fitted.Where(d => d.Example.Set.Contains(show, StringComparison.Ordinal)))
            {
                report.AppendLine(c, $"  {(d.Right ? "+" : "-")} {d.Probability:F2} {d.Top ?? "-"} <- {d.Example.Case.Expected} | {d.Example.Case.Question}");
            }
        }

        var all = Calibrator.Rates(cv.Decisions, cv.Threshold);
        report.AppendLine(c, $"{"all",-48} {Calibrator.Percent(all.InScope),14}  {Calibrator.Percent(all.OutOfScope),14}");

        // What the threshold was chosen to maximise: one figure to compare two matchers' fits by, whatever their thresholds.
        report.AppendLine(c, $"balanced (cv): {Calibrator.Percent((all.InScope + (declineWeight * all.OutOfScope)) / (1 + declineWeight))} = (in scope + {declineWeight} x declined) / {1 + declineWeight}");
        report.AppendLine("reliability (cross-validated; answers given at each probability and how many were right):");
        var reliability = Calibrator.Reliability(cv.Decisions);
        foreach (var (from, to, count, right) in reliability.Where(r => r.Count > 0))
        {
            report.AppendLine(c, $"  {from:F1}-{to:F1}  {count,5}  {Calibrator.Percent(right),7}");
        }

        report.AppendLine("weights:");
        report.AppendLine(c, $"  {"bias",-16} {model.Bias,8:+0.000;-0.000}");
        foreach (var (name, weight) in model.Weights)
        {
            report.AppendLine(c, $"  {name,-16} {weight,8:+0.000;-0.000}");
        }

        var record = new
        {
            at = now.ToString("yyyy-MM-dd", c),
            command = $"calibrate --folds {folds} --lambda {lambda.ToString(c)} --decline-weight {declineWeight.ToString(c)} --trees {trees?.Rounds ?? 0}{(byCoverage ? " --by-coverage" : string.Empty)}",
            sets = sets.Select(s => s.Provenance).ToArray(),
            crossValidated = new { inScope = Math.Round(all.InScope, 4), declined = Math.Round(all.OutOfScope, 4), perSet },
        };
        model = model with { Fitted = JsonSerializer.SerializeToElement(record, ScoringModel.JsonOptions) };
        return (model, report.ToString());
    }
}
