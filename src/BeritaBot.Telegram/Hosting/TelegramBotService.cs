using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BeritaBot.Telegram.Hosting;

/// <summary>
/// Runs the adapter: idle without a token; otherwise start-up conveniences, then polling or the webhook endpoint.
/// Nothing escapes <see cref="ExecuteAsync"/>: a failing adapter must not stop the host or the other adapter.
/// </summary>
public sealed class TelegramBotService : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly TelegramOptions _options;
    private readonly BotIdentity _me;
    private readonly ILogger<TelegramBotService> _logger;

    public TelegramBotService(
        IServiceProvider services,
        IOptions<TelegramOptions> options,
        BotIdentity me,
        ILogger<TelegramBotService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _services = services;
        _options = options.Value;
        _me = me;
        _logger = logger;
    }

    /// <summary>Set when the adapter has stopped for good (bad token or an unexpected failure), for health checks and tests.</summary>
    public bool Faulted { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!BotToken.IsReal(_options.BotToken))
        {
            _logger.LogInformation("Telegram adapter idle: no bot token configured (set Telegram__BotToken or TELEGRAM_BOT_TOKEN)");
            return;
        }

        try
        {
            // Let the host finish starting before the first network call.
            await Task.Yield();
            var bot = _services.GetRequiredService<ITelegramBotClient>();
            if (!await IntroduceAsync(bot, stoppingToken))
            {
                Faulted = true;
                return;
            }

            var running = _options.Mode == TelegramMode.Webhook
                ? await _services.GetRequiredService<WebhookReceiver>().RunAsync(stoppingToken)
                : await _services.GetRequiredService<PollingReceiver>().RunAsync(stoppingToken);
            Faulted = !running;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _logger.LogInformation("Telegram adapter stopped");
        }
        catch (Exception ex)
        {
            Faulted = true;
            _logger.LogCritical(ex, "Telegram adapter stopped after an unexpected failure; the rest of BeritaBot keeps running");
        }
    }

    /// <summary>getMe and setMyCommands: useful, not essential. Only a refused token stops the adapter here.</summary>
    private async Task<bool> IntroduceAsync(ITelegramBotClient bot, CancellationToken stoppingToken)
    {
        _me.Id = bot.BotId;
        _me.Username = string.IsNullOrWhiteSpace(_options.BotUsername) ? null : _options.BotUsername.TrimStart('@');
        try
        {
            var user = await bot.GetMe(stoppingToken);
            _me.Id = user.Id;
            _me.Username = user.Username ?? _me.Username;
            _logger.LogInformation("Telegram adapter signed in as @{Username} ({BotId})", _me.Username, _me.Id);
        }
        catch (Exception ex) when (ApiFaults.IsUnauthorized(ex))
        {
            _logger.LogCritical(
                ex,
                "Telegram refused the bot token (401). The Telegram adapter stops; the rest of BeritaBot keeps running. Check Telegram:BotToken (or TELEGRAM_BOT_TOKEN)");
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(
                ex,
                "getMe failed, so the bot's username is {Username}; without a username only private chats and bare commands work in groups (set Telegram:BotUsername to fix)",
                _me.Username ?? "unknown");
        }

        try
        {
            await bot.SetMyCommands(BotCommands.Menu, cancellationToken: stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "setMyCommands failed; the bot works, but Telegram will not suggest its commands");
        }

        return true;
    }
}
