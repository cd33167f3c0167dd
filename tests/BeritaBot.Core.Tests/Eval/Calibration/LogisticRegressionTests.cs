using BeritaBot.Core.Evaluation.Calibration;

namespace BeritaBot.Core.Tests.Eval.Calibration;

public class LogisticRegressionTests
{
    /// <summary>Rows drawn from a known model: p = σ(−1 + 2·x₀ − 3·x₁).</summary>
    private static (List<double[]> Rows, List<bool> Labels) FromKnownModel(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<double[]>();
        var labels = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            var x = new[] { random.NextDouble() * 2, random.NextDouble() * 2 };
            var p = 1 / (1 + Math.Exp(-(-1 + (2 * x[0]) - (3 * x[1]))));
            rows.Add(x);
            labels.Add(random.NextDouble() < p);
        }

        return (rows, labels);
    }

    [Fact]
    public void Fit_RowsFromAKnownModel_RecoversItsWeights()
    {
        var (rows, labels) = FromKnownModel(20_000, seed: 3);

        var (bias, weights) = LogisticRegression.Fit(rows, labels, lambda: 0.01);

        Assert.InRange(bias, -1.3, -0.7);
        Assert.InRange(weights[0], 1.7, 2.3);
        Assert.InRange(weights[1], -3.3, -2.7);
    }

    [Fact]
    public void Fit_WeightThatMustNotBeNegative_IsHeldAtZeroAndTheRestRefitted()
    {
        var (rows, labels) = FromKnownModel(5_000, seed: 5);

        var (_, free) = LogisticRegression.Fit(rows, labels, lambda: 0.01);
        var (_, held) = LogisticRegression.Fit(rows, labels, lambda: 0.01, signs: [1, 1]);

        Assert.True(free[1] < 0);
        Assert.Equal(0, held[1]);
        Assert.True(held[0] > 0);
    }

    [Fact]
    public void Fit_WeightsAlreadyOnTheirSide_AreTheUnconstrainedFit()
    {
        var (rows, labels) = FromKnownModel(5_000, seed: 7);

        var (freeBias, free) = LogisticRegression.Fit(rows, labels, lambda: 0.01);
        var (heldBias, held) = LogisticRegression.Fit(rows, labels, lambda: 0.01, signs: [1, -1]);

        Assert.Equal(freeBias, heldBias, precision: 9);
        Assert.Equal(free, held);
    }
}
