using BeritaBot.Host.Cli;
using BeritaBot.Host.Hosting;
using BeritaBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace BeritaBot.Tests.Hosting;

public class OptionsValidationTests
{
    [Theory]
    [InlineData("Matching:Threshold", "2.5")]
    [InlineData("Matching:Threshold", "-0.1")]
    [InlineData("Matching:MaxQuestionLength", "5")]
    [InlineData("Knowledge:WatchDebounce", "00:05:00")]
    public async Task StartAsync_InvalidOption_FailsValidation(string key, string value)
    {
        using var host = BotHostFactory.Build(KnowledgeFolders.Real, quiet: true, new Dictionary<string, string?> { [key] = value });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key.Split(':')[1], string.Join(" ", ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidOptions_Starts()
    {
        using var host = BotHostFactory.Build(KnowledgeFolders.Real, quiet: true, new Dictionary<string, string?> { ["Matching:Threshold"] = "0.6" });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task Ask_InvalidThreshold_FailsAtStartupWithAClearMessage()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", "--json", "kapan gencatan senjata ditandatangani?"], overrides: new Dictionary<string, string?> { ["Matching:Threshold"] = "2.5" });

        Assert.Equal(BeritaBotCli.StartupFailed, exit);
        Assert.Empty(stdout);
        Assert.Contains("Invalid configuration", stderr, StringComparison.Ordinal);
        Assert.Contains("Threshold", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_SeveralInvalidOptions_FailsAtStartupListingEach()
    {
        var file = Path.Combine(Path.GetTempPath(), "beritabot-host-tests", Guid.NewGuid().ToString("N") + ".tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllLinesAsync(file, ["category\texpected\tquestion", "x\tnone\tsiapa?"]);
        try
        {
            var overrides = new Dictionary<string, string?> { ["Matching:Threshold"] = "2.5", ["Knowledge:WatchDebounce"] = "00:05:00" };

            var (exit, stdout, stderr) = await CliRunner.RunAsync(["eval", file], overrides: overrides);

            Assert.Equal(BeritaBotCli.StartupFailed, exit);
            Assert.Empty(stdout);
            Assert.Contains("Threshold", stderr, StringComparison.Ordinal);
            Assert.Contains("WatchDebounce", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
