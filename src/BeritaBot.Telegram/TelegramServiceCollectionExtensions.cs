using BeritaBot.Core.Configuration;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Presentation;
using BeritaBot.Telegram.Callbacks;
using BeritaBot.Telegram.Client;
using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Hosting;
using BeritaBot.Telegram.Rendering;
using BeritaBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BeritaBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The alias the token is also read from, as many deployment guides name it.</summary>
    public const string TokenAlias = "TELEGRAM_BOT_TOKEN";

    private const string HttpClientName = "BeritaBot.Telegram";
    private static readonly Uri OfficialApi = new("https://api.telegram.org");

    /// <summary>
    /// Registers the Telegram adapter. It stays idle (with a log line) when no token is configured. Expects the host
    /// to register the core services (IAnswerService, IKnowledgeStore, IFeedbackService, IEditorReportService,
    /// IKnowledgeEditor).
    /// </summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.BotToken))
                {
                    options.BotToken = configuration[TokenAlias];
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One client for the adapter's lifetime, so connections are recycled by the handler instead of the factory;
        // the factory's logging handlers are removed because they would log URLs, which hold the token.
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler<BotApiTimeoutHandler>()
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddTransient<BotApiTimeoutHandler>();
        services.TryAddSingleton<ITelegramBotClient>(sp => CreateBotClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));

        services.TryAddSingleton<BotIdentity>();
        // Shared by every instance when a store is configured (a button from A works when B receives the press).
        services.TryAddSingleton(sp => new CallbackTokenStore(
            sp.GetService<IButtonTokenStore>() ?? new MemoryButtonTokenStore(CallbackTokenStore.DefaultCapacity)));
        services.TryAddSingleton<CallbackData>();
        services.TryAddSingleton<AnswerPresenter>();
        services.TryAddSingleton<ReaderVotes>();
        services.TryAddSingleton<AnswerRenderer>();
        services.TryAddSingleton<ListRenderer>();
        services.TryAddSingleton<AdminRenderer>();
        services.TryAddSingleton<AdminPolicy>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new FloodGuard(sp.GetRequiredService<TimeProvider>(), options.FloodMaxMessages, options.FloodWindow);
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new ChatPacer(sp.GetRequiredService<TimeProvider>(), options.ChatSendInterval, options.GroupMessagesPerMinute);
        });
        services.TryAddSingleton<TelegramSender>();
        services.TryAddSingleton<MessageHandler>();
        services.TryAddSingleton<CallbackHandler>();
        services.TryAddSingleton<InlineQueryHandler>();
        services.TryAddSingleton<UpdateHandler>();

        // With a shared store (several instances), each update is answered once across instances, one chat at a time.
        services.TryAddSingleton<IUpdateHandler>(sp =>
            sp.GetService<IHandledIdStore>() is { } handled && sp.GetService<IKeyedLock>() is { } locks
                ? new SharedUpdateHandler(sp.GetRequiredService<UpdateHandler>(), handled, locks, sp.GetRequiredService<ILogger<SharedUpdateHandler>>())
                : sp.GetRequiredService<UpdateHandler>());
        services.TryAddSingleton<PollingReceiver>();
        services.TryAddSingleton<WebhookReceiver>();
        services.AddHostedService<TelegramBotService>();
        return services;
    }

    /// <summary>
    /// Telegram.Bot's client with its silent 429 retry off (<c>RetryThreshold = 0</c>): flood waits are retried by
    /// <see cref="TelegramSender"/> alone, on <see cref="TimeProvider"/> and with a log line. Resolved only once a
    /// real token is configured; the library refuses to build a client without one.
    /// </summary>
    private static RedactingBotClient CreateBotClient(TelegramOptions options, HttpClient http)
    {
        var baseUrl = options.ApiBaseUrl == OfficialApi ? null : options.ApiBaseUrl.AbsoluteUri;
        var clientOptions = new TelegramBotClientOptions(options.BotToken ?? string.Empty, baseUrl) { RetryThreshold = 0 };
        return new RedactingBotClient(clientOptions, http);
    }

    /// <summary>
    /// True when a real token is configured (Telegram:BotToken, or TELEGRAM_BOT_TOKEN), not empty and not a
    /// placeholder such as "your-token-here", "changeme" or "&lt;token&gt;".
    /// </summary>
    public static bool IsTokenConfigured(IConfiguration configuration) => BotToken.Read(configuration).Status == TokenStatus.Token;
}
