using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Discord;
using BeritaBot.Discord.Tests.Fakes;
using BeritaBot.Host.Hosting;
using BeritaBot.Telegram.Hosting;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using DiscordRequest = BeritaBot.Discord.Tests.Fakes.RecordedRequest;

namespace BeritaBot.Tests.Adapters;

/// <summary>
/// The real host from <see cref="BotHostFactory.Build"/> (real core, insights, watcher and both adapters) pointed at
/// the adapters' fake Bot API server and fake Discord on 127.0.0.1.
/// </summary>
public sealed class HostWiringTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "beritabot-wiring", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Build_TelegramTokenAgainstFakeApi_AnswersRecordsInsightsAndStopsCleanly()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var host = BotHostFactory.Build(null, quiet: true, TelegramSettings(api, FakeBotApiServer.Token));
        await host.StartAsync();
        var card = host.Services.GetRequiredService<IKnowledgeStore>().Current.CardsById["gencatan-senjata-10-november-2020"];

        var answer = await AskAsync(api, "kapan gencatan senjata ditandatangani?");
        var decline = await AskAsync(api, "resep rendang padang");
        var notHelpful = answer.Buttons.Single(b => b.Data.StartsWith("v:0:", StringComparison.Ordinal)).Data;
        api.Enqueue(Updates.Callback(notHelpful));
        await api.WaitForAsync("answerCallbackQuery");

        Assert.StartsWith($"<b>{HtmlText(card.Title)}</b>", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Maaf, saya belum punya jawaban untuk itu", decline.Text, StringComparison.Ordinal);
        var report = host.Services.GetRequiredService<IEditorReportService>().Build(new ReportQuery());
        Assert.Contains(report.Unanswered, g => g.Example == "resep rendang padang");
        Assert.Contains(report.Unhelpful, u => u.CardId == card.Id && u.NotHelpful == 1);
        Assert.True(File.Exists(Path.Combine(_temp, "insights.db")), "the configured insights database is the one used");

        var telegram = Adapter<TelegramBotService>(host);
        await host.StopAsync(CancellationToken.None).WaitAsync(Generous);
        Assert.True(telegram.ExecuteTask!.IsCompleted, "the Telegram adapter finished when the host stopped");
        Assert.False(telegram.Faulted);
    }

    [Fact]
    public async Task Build_TelegramTokenRefused_AdapterStopsWhileDiscordKeepsAnsweringAndStopCompletes()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var discord = await FakeDiscordServer.StartAsync();
        var settings = TelegramSettings(api, "654321:ABC-DEF1234ghIkl-zyx57W2v1u123ew11");
        foreach (var (key, value) in AdapterHarness.Settings(discord))
        {
            settings[key] = value;
        }

        using var host = BotHostFactory.Build(null, quiet: true, settings);
        await host.StartAsync();
        var gateway = await discord.NextConnectionAsync();
        await gateway.HandshakeAsync(discord);
        var telegram = Adapter<TelegramBotService>(host);

        await telegram.ExecuteTask!.WaitAsync(Generous);

        Assert.True(telegram.Faulted);
        Assert.NotEmpty(api.Calls("getMe", includeScripted: true));
        Assert.Empty(api.Calls("sendMessage", includeScripted: true));
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        var callback = await AskDiscordAsync(discord, gateway, "kapan gencatan senjata ditandatangani?");
        var title = host.Services.GetRequiredService<IKnowledgeStore>().Current.CardsById["gencatan-senjata-10-november-2020"].Title;
        Assert.Equal(title, callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Null(Adapter<DiscordBotService>(host).Outcome);

        await host.StopAsync(CancellationToken.None).WaitAsync(Generous);
        Assert.Equal(Discord.Gateway.GatewayCloseAction.Stopped, Adapter<DiscordBotService>(host).Outcome);
        gateway.Dispose();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; a leftover temp folder is harmless.
        }
    }

    private Dictionary<string, string?> TelegramSettings(FakeBotApiServer api, string token) => new()
    {
        ["Telegram:BotToken"] = token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:PollTimeout"] = "00:00:01",
        ["Telegram:ChatSendInterval"] = "00:00:00",
        ["Telegram:BackoffBaseDelay"] = "00:00:00.010",
        ["Telegram:BackoffMaxDelay"] = "00:00:00.050",
        ["Insights:DatabasePath"] = Path.Combine(_temp, "insights.db"),
        ["Discord:BotToken"] = string.Empty,
        ["DISCORD_BOT_TOKEN"] = string.Empty,
    };

    private static string HtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static T Adapter<T>(IHost host) => host.Services.GetServices<IHostedService>().OfType<T>().Single();

    private static async Task<Telegram.Tests.Fakes.RecordedRequest> AskAsync(FakeBotApiServer api, string text)
    {
        var messageId = Updates.NextMessageId();
        api.Enqueue(Updates.Private(text, messageId));
        return await api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
    }

    private static async Task<DiscordRequest> AskDiscordAsync(FakeDiscordServer server, FakeGatewayConnection gateway, string question)
    {
        var data = $$"""{"id":"1","name":"tanya","type":1,"options":[{"name":"pertanyaan","type":3,"value":{{System.Text.Json.JsonSerializer.Serialize(question)}}}]}""";
        var interaction = $$"""{"id":"5001","application_id":"1000","type":2,"token":"tok-5001","guild_id":"1","channel_id":"2","member":{"user":{"id":"7","username":"pembaca"},"permissions":"0"},"locale":"id","version":1,"data":{{data}}}""";
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, interaction);
        return (await server.WaitForCallbackAsync("5001"))[0];
    }
}
