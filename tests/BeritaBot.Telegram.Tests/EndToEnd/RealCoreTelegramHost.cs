using System.Globalization;
using BeritaBot.Core;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BeritaBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The Telegram adapter in a Generic Host with the REAL core (knowledge store over a real folder, answer service,
/// knowledge editor) polling the fake Bot API server. Only insights (feedback, editor report) are stand-ins.
/// </summary>
public sealed class RealCoreTelegramHost : IAsyncDisposable
{
    private RealCoreTelegramHost(FakeBotApiServer api, IHost host)
    {
        Api = api;
        Host = host;
    }

    public FakeBotApiServer Api { get; }

    public IHost Host { get; }

    public IKnowledgeStore Store => Host.Services.GetRequiredService<IKnowledgeStore>();

    public static async Task<RealCoreTelegramHost> StartAsync(string knowledgeFolder, IEditorReportService? reports = null)
    {
        var api = await FakeBotApiServer.StartAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = knowledgeFolder,
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Telegram:RequestTimeout"] = "00:00:05",
            ["Telegram:AdminUserIds:0"] = Updates.AdminId.ToString(CultureInfo.InvariantCulture),
            ["Telegram:ChatSendInterval"] = "00:00:00",
            ["Telegram:BackoffBaseDelay"] = "00:00:00.010",
            ["Telegram:BackoffMaxDelay"] = "00:00:00.050",
            ["Telegram:FloodMaxMessages"] = "1000",
        });
        builder.Services.AddSingleton<IFeedbackService>(new FakeFeedbackService());
        builder.Services.AddSingleton(reports ?? new FakeEditorReportService());
        builder.Services.AddBeritaCore(builder.Configuration);
        builder.Services.AddTelegramAdapter(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            await api.DisposeAsync();
            throw;
        }

        return new RealCoreTelegramHost(api, host);
    }

    /// <summary>Sends a private-chat message and returns the bot's reply to it.</summary>
    public async Task<RecordedRequest> AskPrivatelyAsync(string text, long userId = Updates.UserId)
    {
        var messageId = Updates.NextMessageId();
        Api.Enqueue(Updates.Private(text, messageId, userId));
        return await Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
    }

    /// <summary>Presses a button under a bot message and returns the message the bot sends in reply.</summary>
    public async Task<RecordedRequest> PressAsync(string callbackData, long userId = Updates.UserId)
    {
        var messageId = 100_000 + Updates.NextMessageId();
        Api.Enqueue(Updates.Callback(callbackData, chatId: userId, userId: userId, messageId: messageId));
        return await Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        await Api.DisposeAsync();
    }
}
