using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

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

    /// <summary>The core's own memory: the fake answer service ignores conversations, the adapter still tells it about them.</summary>
    public ConversationMemory Conversations { get; } = new(Options.Create(new ConversationOptions()), TimeProvider.System);

    public FakeLogCollector Logs { get; private set; } = null!;

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
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Telegram:RequestTimeout"] = "00:00:05",
            ["Telegram:AdminUserIds:0"] = Updates.AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:ChatSendInterval"] = "00:00:00",
            ["Telegram:BackoffBaseDelay"] = "00:00:00.010",
            ["Telegram:BackoffMaxDelay"] = "00:00:00.050",
            ["Telegram:FloodMaxMessages"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(config);
        var harness = new TelegramTestHost(server);
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<IAnswerService>(harness.Answers);
        builder.Services.AddSingleton<IKnowledgeStore>(harness.Store);
        builder.Services.AddSingleton<IFeedbackService>(harness.Feedback);
        builder.Services.AddSingleton<IEditorReportService>(harness.Reports);
        builder.Services.AddSingleton<IKnowledgeEditor>(harness.Editor);
        builder.Services.AddSingleton<IConversationMemory>(harness.Conversations);
        builder.Services.AddTelegramAdapter(builder.Configuration);
        services?.Invoke(builder.Services);

        harness.Host = builder.Build();
        harness.Logs = harness.Host.Services.GetFakeLogCollector();
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

    public async Task WaitForLogAsync(Func<FakeLogRecord, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (Logs.GetSnapshot().Any(match))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("Expected log entry not written. Log:\n" + string.Join("\n", Logs.GetSnapshot().Select(e => $"{e.Level} {e.Message}")));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
