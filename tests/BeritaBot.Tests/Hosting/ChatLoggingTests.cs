using BeritaBot.Core.Knowledge;
using BeritaBot.Host.Hosting;
using BeritaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Tests.Hosting;

/// <summary>The console chat shares the terminal with the log: only warnings reach it, and no reload is told twice.</summary>
public sealed class ChatLoggingTests
{
    [Fact]
    public void Build_ForTheChat_LogsWarningsOnlyAndLeavesReloadOutcomesToTheChat()
    {
        using var host = BotHostFactory.Build(KnowledgeFolders.Real, quiet: true, chat: true);
        var factory = host.Services.GetRequiredService<ILoggerFactory>();

        var other = factory.CreateLogger("BeritaBot.Insights.InsightsDatabase");
        var store = factory.CreateLogger<KnowledgeStore>();

        Assert.False(other.IsEnabled(LogLevel.Information));
        Assert.True(other.IsEnabled(LogLevel.Warning));
        Assert.False(store.IsEnabled(LogLevel.Warning));
        Assert.False(store.IsEnabled(LogLevel.Error));
    }

    [Fact]
    public void Build_ServingBots_KeepsTheKnowledgeStoresWarnings()
    {
        using var host = BotHostFactory.Build(KnowledgeFolders.Real, quiet: false);

        Assert.True(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<KnowledgeStore>().IsEnabled(LogLevel.Warning));
    }
}
