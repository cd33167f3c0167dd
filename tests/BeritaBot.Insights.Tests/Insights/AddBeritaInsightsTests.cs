using BeritaBot.Core.Answering;
using BeritaBot.Core.Insights;
using BeritaBot.Insights.Disabled;
using BeritaBot.Insights.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class AddBeritaInsightsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AddBeritaInsights_Enabled_StartCreatesTheDatabaseAndWiresTheSqliteServices()
    {
        using var host = BuildHost(new() { ["Insights:DatabasePath"] = "data/bot.db" });

        await host.StartAsync();

        var path = Path.Combine(_folder.Path, "data", "bot.db");
        Assert.True(File.Exists(path));
        Assert.Equal(path, host.Services.GetRequiredService<InsightsDatabase>().Path);
        Assert.IsType<SqliteFeedbackService>(host.Services.GetRequiredService<IFeedbackService>());
        Assert.IsType<SqliteEditorReportService>(host.Services.GetRequiredService<IEditorReportService>());
        var observer = Assert.Single(host.Services.GetServices<IAnswerObserver>());
        observer.OnAnswered(InsightsTestBed.Declined("Kapan perang?", "kapan perang"), new("telegram"));
        var report = host.Services.GetRequiredService<IEditorReportService>().Build(new ReportQuery());
        Assert.Equal(1, Assert.Single(report.Unanswered).Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBeritaInsights_Disabled_RegistersHonestNoOpsAndCreatesNoFile()
    {
        using var host = BuildHost(new() { ["Insights:Enabled"] = "false", ["Insights:DatabasePath"] = "data/bot.db" });

        await host.StartAsync();

        Assert.Empty(host.Services.GetServices<IAnswerObserver>());
        var feedback = host.Services.GetRequiredService<IFeedbackService>();
        Assert.IsType<DisabledFeedbackService>(feedback);
        Assert.Equal(FeedbackOutcome.NotRecorded, feedback.Vote(new FeedbackVote("kartu-a", "Q?", "telegram:1", true, "telegram")));
        var report = host.Services.GetRequiredService<IEditorReportService>().Build(new ReportQuery());
        Assert.StartsWith("disabled", report.Problem, StringComparison.Ordinal);
        Assert.Empty(report.Unanswered);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "data")));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Insights:GroupSimilarity", "20")]
    [InlineData("Insights:BusyTimeoutMilliseconds", "-1")]
    public async Task AddBeritaInsights_InvalidOption_StopsStart(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value, ["Insights:DatabasePath"] = "bot.db" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoConfiguredPath_UsesLocalApplicationDataOrTheAppFolder()
    {
        var path = InsightsDatabasePath.Resolve(null, _folder.Path);

        Assert.Equal("beritabot.db", Path.GetFileName(path));
        Assert.True(Path.IsPathRooted(path));
        Assert.DoesNotContain(_folder.Path, path, StringComparison.Ordinal);
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = _folder.Path,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddBeritaInsights(builder.Configuration);
        return builder.Build();
    }

    public void Dispose() => _folder.Dispose();
}
