using System.Globalization;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Evaluation.Calibration;

/// <summary>
/// Fits the <see cref="ScoringModel"/> on labelled questions: every candidate the matcher gathers for a question is a
/// row (its features; right or wrong), and a logistic regression learns how much each feature says about being
/// right. The margin to the runner-up depends on the weights themselves, so the fit alternates: fit, recompute each
/// question's margins with the new weights, fit again. Boosted trees (<see cref="BoostedTrees"/>) may then learn
/// what the weighted sum still gets wrong about each question's best candidate. The threshold is the probability
/// that best balances answering in-scope questions right and declining out-of-scope ones, chosen on out-of-fold
/// predictions.
/// </summary>
public static class Calibrator
{
    private const int Rounds = 3;

    private static readonly int[] Signs = FeatureDirections.Signs();

    /// <summary>Reads every labelled question of the sets through the matcher, as the answer service would.</summary>
    /// <param name="model">The model the matcher runs with while collecting: which candidates get a fuzzy score, and
    /// which part of a several-part question answers, follow from it.</param>
    public static IReadOnlyList<QuestionExample> Collect(IEnumerable<CalibrationSet> sets, ScoringModel? model = null)
    {
        var examples = new List<QuestionExample>();
        var coverageOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            coverageOf[set.Name] = set.Coverage;
            var index = set.Knowledge.Index;
            foreach (var c in set.Cases)
            {
                // Byline questions are answered from sources.yaml before any card is matched; gaps are not scored.
                if (c.IsGap || c.Expected.StartsWith(EvalSet.SourcePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var match = CardMatcher.MatchQuestion(index, c.Question, model);
                if (match.Ranked.Count == 0 && c.HasCard)
                {
                    // Nothing gathered: the question counts against in-scope accuracy but has no row to learn from.
                    examples.Add(new QuestionExample(set.Name, c, [], [], [], []));
                    continue;
                }

                examples.Add(new QuestionExample(
                    set.Name,
                    c,
                    match.Ranked.Select(s => (double[])s.Features.Clone()).ToArray(),
                    match.Ranked.Select(s => c.Accepts(index.Cards[s.Card].Id)).ToArray(),
                    match.Ranked.Select(s => s.NotCovered).ToArray(),
                    match.Ranked.Select(s => index.Cards[s.Card].Id).ToArray()));
            }
        }

        // Each coverage's questions together weigh as much as any other coverage's; the mean weight stays 1.
        var perCoverage = examples.GroupBy(e => coverageOf[e.Set]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var mean = (double)examples.Count / Math.Max(1, perCoverage.Count);
        return examples.Select(e => e with { Weight = mean / perCoverage[coverageOf[e.Set]], Coverage = coverageOf[e.Set] }).ToArray();
    }

    /// <param name="trees">How to grow the trees that correct the weights' score, or null for the weights alone.</param>
    public static ScoringModel Fit(IReadOnlyList<QuestionExample> examples, double lambda, BoostedTrees.Options? trees = null)
    {
        var model = new ScoringModel { Bias = 0, Weights = new Dictionary<string, double>(), Regularisation = lambda };
        for (var round = 0; round < Rounds; round++)
        {
            var (rows, labels, weights) = Rows(examples, model);
            var (bias, w) = LogisticRegression.Fit(rows, labels, lambda, weights, Signs);
            model = model with
            {
                Bias = bias,
                Weights = Enum.GetValues<MatchFeature>().ToDictionary(f => f.ToString(), f => Math.Round(w[(int)f], 6)),
            };
        }

        return trees is null ? model : model with { Trees = FitTrees(examples, model, trees) };
    }

    /// <summary>The trees learn from the candidate that decides: each question's best by the fitted weights.</summary>
    private static DecisionTrees FitTrees(IReadOnlyList<QuestionExample> examples, ScoringModel model, BoostedTrees.Options options)
    {
        var rows = new List<double[]>();
        var scores = new List<double>();
        var labels = new List<bool>();
        var weights = new List<double>();
        foreach (var example in examples.Where(e => e.Features.Count > 0))
        {
            var (top, features) = Deciding(example, model);
            rows.Add(features);
            scores.Add(model.Linear(features));
            labels.Add(example.Right[top]);
            weights.Add(example.Weight);
        }

        return BoostedTrees.Fit(rows, scores, labels, weights, options);
    }

    /// <summary>What the model decides for each question: the top candidate by fit, its probability, whether it is right.</summary>
    public static IReadOnlyList<Decision> Decide(IReadOnlyList<QuestionExample> examples, ScoringModel model)
    {
        var decisions = new List<Decision>(examples.Count);
        foreach (var example in examples)
        {
            if (example.Features.Count == 0)
            {
                decisions.Add(new Decision(example, 0, false, false));
                continue;
            }

            var (top, features) = Deciding(example, model);
            decisions.Add(new Decision(example, model.Probability(features), example.Right[top], example.NotCovered[top]) { Top = example.Cards[top] });
        }

        return decisions;
    }

    /// <summary>
    /// The threshold that maximises in-scope accuracy plus <paramref name="declineWeight"/> times the out-of-scope
    /// decline rate. A weight above 1 says a wrong answer presented as the coverage's costs more than a decline.
    /// </summary>
    public static double ChooseThreshold(IReadOnlyList<Decision> decisions, double declineWeight = 1)
    {
        var best = (Threshold: 0.5, Score: double.MinValue);
        for (var t = 0.05; t < 0.951; t += 0.01)
        {
            var (inScope, outOfScope) = Rates(decisions, t);
            var score = (inScope + (declineWeight * outOfScope)) / (1 + declineWeight);
            if (score > best.Score + 1e-9)
            {
                best = (Math.Round(t, 2), score);
            }
        }

        return best.Threshold;
    }

    /// <summary>In-scope questions answered with a right card, and out-of-scope ones declined, at a threshold.</summary>
    public static (double InScope, double OutOfScope) Rates(IEnumerable<Decision> decisions, double threshold)
    {
        double inScope = 0, inScopeRight = 0, outOfScope = 0, declined = 0;
        foreach (var d in decisions)
        {
            var answered = d.Probability >= threshold && !d.NotCovered;
            var weight = d.Example.Weight;
            if (d.Example.InScope)
            {
                inScope += weight;
                inScopeRight += answered && d.Right ? weight : 0;
            }
            else
            {
                outOfScope += weight;
                declined += answered ? 0 : weight;
            }
        }

        return (inScope == 0 ? 1 : inScopeRight / inScope, outOfScope == 0 ? 1 : declined / outOfScope);
    }

    /// <summary>
    /// k-fold cross-validation by question: each fold's questions are decided by a model fitted on the others, and
    /// the threshold is chosen on those out-of-fold decisions.
    /// </summary>
    /// <param name="byCoverage">One fold per coverage instead (<paramref name="folds"/> is then ignored): each
    /// coverage's questions are decided by a model that never saw that coverage, as a newsroom's would be.</param>
    public static CrossValidation CrossValidate(IReadOnlyList<QuestionExample> examples, double lambda, int folds, double declineWeight = 1, BoostedTrees.Options? trees = null, bool byCoverage = false)
    {
        var coverages = examples.Select(e => e.Coverage).Distinct(StringComparer.Ordinal).ToList();
        var foldOf = byCoverage
            ? examples.Select(e => coverages.IndexOf(e.Coverage)).ToArray()
            : Enumerable.Range(0, examples.Count).Select(i => i % folds).ToArray();
        folds = byCoverage ? coverages.Count : folds;
        var outOfFold = new Decision[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where((_, i) => foldOf[i] != fold).ToArray();
            var model = Fit(training, lambda, trees);
            var held = Enumerable.Range(0, examples.Count).Where(i => foldOf[i] == fold).ToArray();
            var decided = Decide(held.Select(i => examples[i]).ToArray(), model);
            for (var k = 0; k < held.Length; k++)
            {
                outOfFold[held[k]] = decided[k];
            }
        }

        return new CrossValidation(outOfFold, ChooseThreshold(outOfFold, declineWeight));
    }

    /// <summary>Of the answers given with a probability in each band, how many were right: a calibrated model's bands hold their own share.</summary>
    public static IReadOnlyList<(double From, double To, int Count, double Right)> Reliability(IReadOnlyList<Decision> decisions, int bands = 10)
    {
        var result = new List<(double, double, int, double)>();
        for (var b = 0; b < bands; b++)
        {
            var from = (double)b / bands;
            var to = (double)(b + 1) / bands;
            var inBand = decisions.Where(d => !d.NotCovered && d.Probability >= from && (d.Probability < to || (b == bands - 1 && d.Probability <= to))).ToArray();
            result.Add((from, to, inBand.Length, inBand.Length == 0 ? 0 : inBand.Count(d => d.Right) / (double)inBand.Length));
        }

        return result;
    }

    public static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static (List<double[]> Rows, List<bool> Labels, List<double> Weights) Rows(IReadOnlyList<QuestionExample> examples, ScoringModel model)
    {
        var rows = new List<double[]>();
        var labels = new List<bool>();
        var weights = new List<double>();
        foreach (var example in examples)
        {
            if (example.Features.Count == 0)
            {
                continue;
            }

            var order = Order(example, model);

            // Each question counts once, however many candidates it gathered; so a set of long questions with thirty
            // candidates each does not outweigh one of short questions.
            var share = 1.0 / order.Length;
            for (var rank = 0; rank < order.Length; rank++)
            {
                rows.Add(WithMargin(example, model, order, rank));
                labels.Add(example.Right[order[rank]]);

                // The top candidate is the one whose probability decides; the rest teach the ranking.
                weights.Add(example.Weight * (rank == 0 ? 1.0 : share));
            }
        }

        return (rows, labels, weights);
    }

    /// <summary>The candidate whose probability decides the question (the best by fit), and its features with its margin.</summary>
    private static (int Top, double[] Features) Deciding(QuestionExample example, ScoringModel model)
    {
        var order = Order(example, model);
        return (order[0], WithMargin(example, model, order, 0));
    }

    private static int[] Order(QuestionExample example, ScoringModel model) => Enumerable.Range(0, example.Features.Count)
        .OrderByDescending(i => model.Fit(example.Features[i]))
        .ThenBy(i => i)
        .ToArray();

    private static double[] WithMargin(QuestionExample example, ScoringModel model, int[] order, int rank)
    {
        var features = (double[])example.Features[order[rank]].Clone();
        var fit = model.Fit(features);
        var other = rank == 0
            ? (order.Length > 1 ? model.Fit(example.Features[order[1]]) : double.NegativeInfinity)
            : model.Fit(example.Features[order[0]]);
        features[(int)MatchFeature.Margin] = CardMatcher.MarginBetween(fit, other);
        return features;
    }
}

/// <summary>The model's decision on one question.</summary>
/// <param name="Right">The top candidate is a card the label accepts.</param>
/// <param name="NotCovered">The top candidate's <c>not_covered</c> question claims it: declined whatever the probability.</param>
public sealed record Decision(QuestionExample Example, double Probability, bool Right, bool NotCovered)
{
    /// <summary>The card ranked first, if any.</summary>
    public string? Top { get; init; }
}

/// <summary>Out-of-fold decisions for every question and the threshold chosen on them.</summary>
public sealed record CrossValidation(IReadOnlyList<Decision> Decisions, double Threshold);
