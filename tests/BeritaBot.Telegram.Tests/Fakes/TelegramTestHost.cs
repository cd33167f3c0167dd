using BeritaBot.Core.Answering;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>A real Generic Host with the adapter registered as the app does, fake core services, and tiny delays.</summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private TelegramTestHost(FakeBotApiServer server)
    {
        Server = server;
    }

    public IHost Host { get; private set; } = null!;

    public FakeBotApiServer Server { get; }

    public FakeAnswerService Answers { get; } = new();

    public FakeKnowledgeStore Store { get; } = new();

    public FakeFeedbackService Feedback { get; } = new();

    public FakeEditorReportService Reports { get; } = new();

    public FakeKnowledgeEditor Editor { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public TelegramBotService Service => Host.Services.GetServices<IHostedService>().OfType<TelegramBotService>().Single();

    public static async Task<TelegramTestHost> StartAsync(
        FakeBotApiServer server,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:RequestTimeoutSeconds"] = "5",
            ["Telegram:AdminUserIds:0"] = Updates.AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:ChatSendIntervalMilliseconds"] = "0",
            ["Telegram:BackoffInitialMilliseconds"] = "10",
            ["Telegram:BackoffMaxMilliseconds"] = "50",
            ["Telegram:FloodMaxMessages"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(config);
        var harness = new TelegramTestHost(server);
        builder.Logging.AddProvider(harness.Logs);
        builder.Services.AddSingleton<IAnswerService>(harness.Answers);
        builder.Services.AddSingleton<IKnowledgeStore>(harness.Store);
        builder.Services.AddSingleton<IFeedbackService>(harness.Feedback);
        builder.Services.AddSingleton<IEditorReportService>(harness.Reports);
        builder.Services.AddSingleton<IKnowledgeEditor>(harness.Editor);
        builder.Services.AddTelegramAdapter(builder.Configuration);
        services?.Invoke(builder.Services);

        harness.Host = builder.Build();
        await harness.Host.StartAsync();
        return harness;
    }

    /// <summary>Queues a private-chat message and returns the bot's reply to it.</summary>
    public async Task<RecordedRequest> AskPrivatelyAsync(string text, long userId = Updates.UserId)
    {
        var messageId = Updates.NextMessageId();
        Server.Enqueue(Updates.Private(text, messageId, userId));
        return await Server.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
    }

    public async Task WaitForLogAsync(Func<CapturedLog, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (Logs.Entries.Any(match))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("Expected log entry not written. Log:\n" + string.Join("\n", Logs.Entries.Select(e => $"{e.Level} {e.Message}")));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
