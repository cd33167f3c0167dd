using BeritaBot.Core.Matching.Scoring;
using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

/// <summary><c>calibrate</c> on a small generated coverage: the model it writes is one the bot can read.</summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "beritabot-tests", "calibrate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Calibrate_GeneratedManifest_WritesAModelWithEveryWeightOnItsSide()
    {
        Directory.CreateDirectory(_root);
        var manifest = Path.Combine(_root, "manifest.tsv");
        var model = Path.Combine(_root, "model.json");
        await File.WriteAllTextAsync(manifest, "# a generated coverage and its own questions\ngenerate:cards=300,seed=4\t-\n");

        var (code, output, _) = await CliRunner.RunAsync(["calibrate", "--manifest", manifest, "--out", model, "--folds", "3"]);

        Assert.Equal(BeritaBotCli.Success, code);
        Assert.Contains("declines weigh 1.5", output, StringComparison.Ordinal);
        var fitted = ScoringModel.Parse(await File.ReadAllTextAsync(model));
        Assert.InRange(fitted.Threshold, 0.05, 0.95);
        var signs = FeatureDirections.Signs();
        Assert.All(Enum.GetValues<MatchFeature>(), f => Assert.True(signs[(int)f] * fitted.WeightVector[(int)f] >= 0, f.ToString()));
    }

    [Fact]
    public async Task Calibrate_DeclineWeightNotAboveZero_IsRefused()
    {
        var (code, _, error) = await CliRunner.RunAsync(["calibrate", "--manifest", "unused.tsv", "--decline-weight", "0"]);

        Assert.Equal(BeritaBotCli.ValidationFailed, code);
        Assert.Contains("--decline-weight", error, StringComparison.Ordinal);
    }
}
