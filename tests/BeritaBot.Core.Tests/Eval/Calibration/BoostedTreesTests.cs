using BeritaBot.Core.Evaluation.Calibration;
using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Tests.Eval.Calibration;

public class BoostedTreesTests
{
    private static readonly int First = (int)MatchFeature.AskingCoverage;
    private static readonly int Second = (int)MatchFeature.Margin;

    /// <summary>Rows whose label needs both features at once, from a score that says nothing.</summary>
    private static (List<double[]> Rows, List<double> Scores, List<bool> Labels, List<double> Weights) Both(int count)
    {
        var rows = new List<double[]>();
        var labels = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            var row = new double[ScoringModel.FeatureCount];
            row[First] = i % 2;
            row[Second] = (i / 2) % 2;
            rows.Add(row);
            labels.Add(row[First] == 1 && row[Second] == 1);
        }

        return (rows, Enumerable.Repeat(0.0, count).ToList(), labels, Enumerable.Repeat(1.0, count).ToList());
    }

    [Fact]
    public void Fit_LabelNeedingTwoFeaturesTogether_RaisesOnlyTheRowsWithBoth()
    {
        var (rows, scores, labels, weights) = Both(400);

        var trees = BoostedTrees.Fit(rows, scores, labels, weights, new BoostedTrees.Options { Rounds = 20, Depth = 2 });

        for (var i = 0; i < rows.Count; i++)
        {
            var adjust = trees.Adjust(rows[i], scores[i]);
            Assert.True(labels[i] ? adjust > 0.5 : adjust < -0.5, $"row {i}: {adjust}");
        }

        // A lone feature is not enough: the rows with one of them end lower than the rows with both.
        Assert.True(trees.Adjust(rows[1], 0) < trees.Adjust(rows[3], 0) - 1);
    }

    [Fact]
    public void Fit_FewerRowsThanTwoLeaves_GrowsNoSplit()
    {
        var (rows, scores, labels, weights) = Both(30);

        var trees = BoostedTrees.Fit(rows, scores, labels, weights, new BoostedTrees.Options { Rounds = 3, MinLeafRows = 20 });

        Assert.All(trees.Trees, tree => Assert.Single(tree.Nodes));
    }

    [Fact]
    public void Explain_AnyRow_SharesAndRootsAddUpToTheAdjustment()
    {
        var (rows, scores, labels, weights) = Both(400);
        var trees = BoostedTrees.Fit(rows, scores, labels, weights, new BoostedTrees.Options { Rounds = 10, Depth = 3 });

        foreach (var row in rows.Take(4))
        {
            var (roots, shares) = trees.Explain(row, 0);

            Assert.Equal(trees.Adjust(row, 0), roots + shares.Values.Sum(), 9);
            Assert.Subset(new HashSet<string> { nameof(MatchFeature.AskingCoverage), nameof(MatchFeature.Margin) }, shares.Keys.ToHashSet());
        }
    }

    [Fact]
    public void Parse_ModelWithTrees_ScoresAsBeforeItWasWritten()
    {
        var (rows, scores, labels, weights) = Both(400);
        var model = new ScoringModel
        {
            Bias = -0.5,
            Weights = new Dictionary<string, double> { [nameof(MatchFeature.AskingCoverage)] = 1.0 },
            Trees = BoostedTrees.Fit(rows, scores, labels, weights, new BoostedTrees.Options { Rounds = 5 }),
        };

        var read = ScoringModel.Parse(model.ToJson());

        Assert.All(rows.Take(4), row => Assert.Equal(model.Probability(row), read.Probability(row), 12));
        Assert.NotEqual(ScoringModel.Sigmoid(model.Linear(rows[3])), model.Probability(rows[3]), 3);
    }

    [Fact]
    public void Parse_TreeSplittingOnAnUnknownFeature_IsRefused()
    {
        var json = new ScoringModel
        {
            Trees = new DecisionTrees
            {
                LearningRate = 0.1,
                Trees = [new DecisionTree { Nodes = [new DecisionNode("Shoe size", 0.5, 1, 2, 0), new DecisionNode(null, 0, 0, 0, -1), new DecisionNode(null, 0, 0, 0, 1)] }],
            },
        }.ToJson();

        var error = Assert.Throws<InvalidDataException>(() => ScoringModel.Parse(json));

        Assert.Contains("Shoe size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TreeWithoutNodes_IsRefused()
    {
        var json = new ScoringModel { Trees = new DecisionTrees { LearningRate = 0.1, Trees = [new DecisionTree()] } }.ToJson();

        Assert.Throws<InvalidDataException>(() => ScoringModel.Parse(json));
    }
}
