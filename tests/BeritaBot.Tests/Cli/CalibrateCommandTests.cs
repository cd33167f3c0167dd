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
    public async Task Calibrate_ByCoverage_HoldsOutEachCoverageAndWritesTheTrees()
    {
        Directory.CreateDirectory(_root);
        var manifest = Path.Combine(_root, "manifest.tsv");
        var model = Path.Combine(_root, "model.json");
        var set = Path.Combine(_root, "set.tsv");
        await File.WriteAllTextAsync(set, string.Join('\n',
            "category\texpected\tquestion",
            "formal\tpertemuan-kremlin-tujuan\tApa tujuan pertemuan Putin, Pashinyan, dan Aliyev di Kremlin?",
            "formal\ttanpa-jabat-tangan\tApakah Pashinyan dan Aliyev berjabat tangan saat bertemu di Kremlin?",
            "formal\tprotes-yerevan\tMengapa terjadi protes terhadap Pashinyan di Yerevan setelah gencatan senjata?",
            "none\tnone\tBerapa harga tiket konser di Jakarta?") + "\n");
        await File.WriteAllTextAsync(manifest, $"generate:cards=200,seed=4\t-\n{KnowledgeFolders.Real}\t{set}\n");

        var (code, output, _) = await CliRunner.RunAsync(["calibrate", "--manifest", manifest, "--out", model, "--by-coverage", "--trees", "4"]);

        Assert.Equal(BeritaBotCli.Success, code);
        Assert.Contains("leave-one-coverage-out cross-validation", output, StringComparison.Ordinal);
        Assert.Contains("4 trees of depth 3", output, StringComparison.Ordinal);
        var fitted = ScoringModel.Parse(await File.ReadAllTextAsync(model));
        Assert.Equal(4, fitted.Trees?.Trees.Count);
    }

    [Fact]
    public async Task Calibrate_ByCoverageWithOneCoverage_IsRefused()
    {
        Directory.CreateDirectory(_root);
        var manifest = Path.Combine(_root, "manifest.tsv");
        await File.WriteAllTextAsync(manifest, "generate:cards=100,seed=4\t-\ngenerate:cards=100,seed=5\t-\n");

        var (code, _, error) = await CliRunner.RunAsync(["calibrate", "--manifest", manifest, "--by-coverage"]);

        Assert.Equal(BeritaBotCli.ValidationFailed, code);
        Assert.Contains("two coverages", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_DeclineWeightNotAboveZero_IsRefused()
    {
        var (code, _, error) = await CliRunner.RunAsync(["calibrate", "--manifest", "unused.tsv", "--decline-weight", "0"]);

        Assert.Equal(BeritaBotCli.ValidationFailed, code);
        Assert.Contains("--decline-weight", error, StringComparison.Ordinal);
    }
}
