using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Discord.Gateway;
using BeritaBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Tests;

/// <summary>The adapter inside a real Generic Host: configuration, validation, isolation from the rest.</summary>
public sealed class AdapterHostTests
{
    [Fact]
    public async Task FatalClose_AdapterStops_HostAndOtherServicesKeepRunning()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var host = BuildHost(AdapterHarness.Settings(server), services => services.AddHostedService<Ticker>());
        await host.StartAsync();
        var connection = await server.NextConnectionAsync();
        await connection.HandshakeAsync(server);

        await connection.CloseAsync(4004);

        var adapter = host.Services.GetServices<IHostedService>().OfType<DiscordBotService>().Single();
        await adapter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        var ticker = host.Services.GetServices<IHostedService>().OfType<Ticker>().Single();
        var _ticks = ticker.Ticks;
        await WaitUntilAsync(() => ticker.Ticks > _ticks + 2);
        Assert.Equal(GatewayCloseAction.Fatal, adapter.Outcome);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.False(server.HasPendingConnection);
        await host.StopAsync();
    }

    [Fact]
    public async Task NoToken_AdapterIdles_WithoutConnecting()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings["Discord:BotToken"] = "";
        using var host = BuildHost(settings);

        await host.StartAsync();

        var adapter = host.Services.GetServices<IHostedService>().OfType<DiscordBotService>().Single();
        await adapter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(adapter.Outcome);
        Assert.False(server.HasPendingConnection);
        Assert.Empty(server.Requests);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_EmptyOptionalIds_AreTreatedAsNotSet()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings["Discord:BotToken"] = "";
        settings["Discord:ApplicationId"] = "";
        settings["Discord:GuildId"] = " ";
        settings["Discord:AdminUserIds:0"] = "";
        using var host = BuildHost(settings);

        await host.StartAsync();

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DiscordOptions>>().Value;
        Assert.Null(options.ApplicationId);
        Assert.Null(options.GuildId);
        Assert.Empty(options.AdminUserIds);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_ShardIdNotBelowShardCount_FailsValidation()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings["Discord:ShardId"] = "2";
        settings["Discord:ShardCount"] = "2";
        using var host = BuildHost(settings);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ShardId", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord:ApplicationId", "not-a-number")]
    [InlineData("Discord:ShardCount", "0")]
    [InlineData("Discord:AdminUserIds:0", "alice")]
    public async Task Start_InvalidSetting_FailsValidation(string key, string value)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings[key] = value;
        using var host = BuildHost(settings);

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task Token_OnlyAliasSet_IsUsedForIdentify()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings["Discord:BotToken"] = null;
        settings["DISCORD_BOT_TOKEN"] = AdapterHarness.Token;
        using var host = BuildHost(settings);
        await host.StartAsync();

        var connection = await server.NextConnectionAsync();
        var identify = await connection.HandshakeAsync(server);

        Assert.Equal(AdapterHarness.Token, identify.GetProperty("d").GetProperty("token").GetString());
        Assert.True(DiscordServiceCollectionExtensions.IsTokenConfigured(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_NoGatewayUrl_AsksGatewayBotUnderApiBase()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings.Remove("Discord:GatewayUrl");
        using var host = BuildHost(settings);
        await host.StartAsync();

        var connection = await server.NextConnectionAsync();
        await connection.HandshakeAsync(server);

        Assert.Equal("/api/v10/gateway/bot", server.Requests[0].Path);
        await host.StopAsync();
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("your-bot-token-here", false)]
    [InlineData("<DISCORD_BOT_TOKEN>", false)]
    [InlineData("changeme", false)]
    [InlineData("MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL", true)]
    [InlineData("MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghij klmnopqrstuvwxyzABCDEFGHIJKL", false)]
    public void IsTokenConfigured_Table_RecognisesRealTokens(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = token }).Build();

        Assert.Equal(expected, DiscordServiceCollectionExtensions.IsTokenConfigured(configuration));
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.Services.AddSingleton<IKnowledgeStore, FakeKnowledgeStore>();
        builder.Services.AddSingleton<IFeedbackService, FakeFeedbackService>();
        builder.Services.AddSingleton<IEditorReportService, FakeEditorReportService>();
        builder.Services.AddSingleton<IKnowledgeEditor, FakeKnowledgeEditor>();
        builder.Services.AddSingleton<IConversationMemory>(AdapterHarness.FreshConversations());
        builder.Services.AddDiscordAdapter(builder.Configuration);
        more?.Invoke(builder.Services);
        return builder.Build();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(10);
        }
    }

    /// <summary>Stands for the other adapter: it must keep running when Discord stops.</summary>
    private sealed class Ticker : BackgroundService
    {
        private int _ticks;

        public int Ticks => Volatile.Read(ref _ticks);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _ticks);
                await Task.Delay(10, stoppingToken);
            }
        }
    }
}
