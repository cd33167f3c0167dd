using BeritaBot.Host.Hosting;
using BeritaBot.Insights.Storage;
using BeritaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Tests.Hosting;

public sealed class InsightsDatabaseIsolationTests
{
    [Fact]
    public void Build_InThisTestAssemblyWithoutADatabaseSetting_NeverUsesTheDefaultDatabase()
    {
        using var host = BotHostFactory.Build(KnowledgeFolders.Real, quiet: true);

        var database = host.Services.GetRequiredService<InsightsDatabase>();

        Assert.NotEqual(InsightsDatabasePath.Resolve(null, AppContext.BaseDirectory), database.Path);
        Assert.StartsWith(Path.GetTempPath(), database.Path, StringComparison.Ordinal);
    }
}
