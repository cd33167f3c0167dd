using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Tests.Eval.Calibration;

public class FeatureDirectionsTests
{
    [Fact]
    public void Default_ShippedModel_KeepsEveryFeatureOnItsDeclaredSide()
    {
        var signs = FeatureDirections.Signs();
        var weights = ScoringModel.Default.WeightVector;

        var wrongSide = Enum.GetValues<MatchFeature>().Where(f => signs[(int)f] * weights[(int)f] < 0).ToArray();

        Assert.Empty(wrongSide);
    }
}
