using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Discord.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>The adapter as the host wires it (AddDiscordAdapter), with fake core services, against a fake Discord.</summary>
public sealed class AdapterHarness : IAsyncDisposable
{
    /// <summary>Shaped like a bot token; not a real one.</summary>
    public const string Token = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL";

    private readonly CancellationTokenSource _stop = new();

    private AdapterHarness(FakeDiscordServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public FakeDiscordServer Server { get; }

    public ServiceProvider Services { get; }

    public required FakeAnswerService Answers { get; init; }

    public required FakeKnowledgeStore Store { get; init; }

    public required FakeFeedbackService Feedback { get; init; }

    public required FakeEditorReportService Reports { get; init; }

    public required FakeKnowledgeEditor Editor { get; init; }

    public Task<GatewayCloseAction>? Run { get; private set; }

    public static Dictionary<string, string?> Settings(FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new()
        {
            ["Discord:BotToken"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
            ["Discord:GatewayUrl"] = server.GatewayUrl.ToString(),
            ["Discord:ReconnectBaseDelay"] = "00:00:00.010",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.050",
            ["Discord:InvalidSessionMaxDelay"] = "00:00:00.020",
            ["Discord:IdentifyWindow"] = "00:00:00",
            ["Discord:RestRetryBaseDelay"] = "00:00:00.010",
            ["Discord:AdminUserIds:0"] = "42",
        };
    }

    /// <summary>The core's own conversation memory, for hosts built around the fake answer service.</summary>
    public static ConversationMemory FreshConversations() => new(Options.Create(new ConversationOptions()), TimeProvider.System);

    /// <param name="handled">The claims several instances would share; none: the adapter runs alone.</param>
    public static async Task<AdapterHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null, bool run = true, IHandledIdStore? handled = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var settings = Settings(server);
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => { b.SetMinimumLevel(LogLevel.Debug); if (Environment.GetEnvironmentVariable("BERITABOT_TEST_LOG") == "1") { b.AddSimpleConsole(); } });
        services.AddFakeLogging();
        var answers = new FakeAnswerService();
        var store = new FakeKnowledgeStore();
        var feedback = new FakeFeedbackService();
        var reports = new FakeEditorReportService();
        var editor = new FakeKnowledgeEditor();
        services.AddSingleton<IAnswerService>(answers);
        services.AddSingleton<IKnowledgeStore>(store);
        services.AddSingleton<IFeedbackService>(feedback);
        services.AddSingleton<IEditorReportService>(reports);
        services.AddSingleton<IKnowledgeEditor>(editor);

        // The core's own memory: the fake answer service ignores conversations, the adapter still tells it about them.
        services.AddSingleton<IConversationMemory>(FreshConversations());
        if (handled is not null)
        {
            services.AddSingleton(handled);
        }

        services.AddDiscordAdapter(configuration);
        var harness = new AdapterHarness(server, services.BuildServiceProvider())
        {
            Answers = answers,
            Store = store,
            Feedback = feedback,
            Reports = reports,
            Editor = editor,
        };
        if (run)
        {
            harness.RunShards();
        }

        return harness;
    }

    /// <summary>Starts the process's shards, as the bot service does; for tests that set the fake up first.</summary>
    public void RunShards()
    {
        var shards = Services.GetRequiredService<DiscordShardRunner>();
        var listener = Services.GetRequiredService<DiscordGatewayListener>();
        Run = Task.Run(() => shards.RunAsync(listener, _stop.Token));
    }

    /// <summary>Every line the adapter logged, with its structured values.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>Waits for the gateway loop to end on its own (a fatal close).</summary>
    public async Task<GatewayCloseAction> WaitForEndAsync() =>
        await Run!.WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (Run is not null)
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }

        await Services.DisposeAsync();
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
