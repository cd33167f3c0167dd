using BeritaBot.Telegram.Api;
using BeritaBot.Telegram.Callbacks;
using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Hosting;
using BeritaBot.Telegram.Rendering;
using BeritaBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The alias the token is also read from, as many deployment guides name it.</summary>
    public const string TokenAlias = "TELEGRAM_BOT_TOKEN";

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

        // The client lives as long as the adapter, so connections are recycled by the handler instead of the
        // factory; and the factory's logging handlers are removed because they would log URLs, which hold the token.
        services.AddHttpClient<ITelegramBotApi, TelegramBotApiClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton(_ => new CallbackTokenStore());
        services.TryAddSingleton<CallbackData>();
        services.TryAddSingleton<AnswerRenderer>();
        services.TryAddSingleton<ListRenderer>();
        services.TryAddSingleton<AdminRenderer>();
        services.TryAddSingleton<AdminPolicy>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new FloodGuard(sp.GetRequiredService<TimeProvider>(), options.FloodMaxMessages, TimeSpan.FromSeconds(options.FloodWindowSeconds));
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new ChatPacer(
                sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromMilliseconds(options.ChatSendIntervalMilliseconds),
                options.GroupMessagesPerMinute);
        });
        services.TryAddSingleton<TelegramSender>();
        services.TryAddSingleton<MessageHandler>();
        services.TryAddSingleton<CallbackHandler>();
        services.TryAddSingleton<InlineQueryHandler>();
        services.TryAddSingleton<IUpdateHandler, UpdateHandler>();
        services.TryAddSingleton<PollingReceiver>();
        services.TryAddSingleton<WebhookReceiver>();
        services.AddHostedService<TelegramBotService>();
        return services;
    }

    /// <summary>
    /// True when a real token is configured (Telegram:BotToken, or TELEGRAM_BOT_TOKEN), not empty and not a
    /// placeholder such as "your-token-here", "changeme" or "&lt;token&gt;".
    /// </summary>
    public static bool IsTokenConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var token = configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"];
        if (string.IsNullOrWhiteSpace(token))
        {
            token = configuration[TokenAlias];
        }

        return BotToken.IsReal(token);
    }
}
