using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BeritaBot.Telegram.Hosting;

/// <summary>
/// Long polling. An update is confirmed (offset = its id + 1 on the next call) only after it was handled, so a crash
/// re-delivers instead of losing it; a clean stop confirms what was handled before returning. Telegram.Bot's own
/// receiver moves the offset before handling, never backs off and never confirms on stop, so the loop stays ours;
/// only the getUpdates call is the library's.
/// </summary>
public sealed class PollingReceiver
{
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    // Time the message in flight gets to finish after a stop was requested.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(5);

    private readonly ITelegramBotClient _bot;
    private readonly IUpdateHandler _handler;
    private readonly TelegramOptions _options;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger<PollingReceiver> _logger;

    public PollingReceiver(
        ITelegramBotClient bot,
        IUpdateHandler handler,
        IOptions<TelegramOptions> options,
        TimeProvider time,
        ILogger<PollingReceiver> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bot = bot;
        _handler = handler;
        _options = options.Value;
        _backoff = Backoff.From(_options);
        _time = time;
        _logger = logger;
    }

    // The Bot API takes the long-poll timeout in whole seconds.
    private int PollSeconds => (int)_options.PollTimeout.TotalSeconds;

    /// <summary>Polls until stopped. Returns false when the token was refused and the adapter must stop.</summary>
    public async Task<bool> RunAsync(CancellationToken stoppingToken)
    {
        using var handling = new CancellationTokenSource();
        await using var stopRegistration = stoppingToken.Register(() => handling.CancelAfter(StopGrace));

        int? offset = null;
        var unconfirmed = false;
        var failures = 0;
        _logger.LogInformation("Telegram adapter is polling for updates");
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await _bot.GetUpdates(offset, timeout: PollSeconds, allowedUpdates: AllowedUpdates, cancellationToken: stoppingToken);
                failures = 0;
                unconfirmed = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ApiFaults.IsUnauthorized(ex) || ApiFaults.IsNotFoundFromApi(ex))
            {
                _logger.LogCritical(
                    ex,
                    "Telegram refused the bot token. The Telegram adapter stops; the rest of BeritaBot keeps running. Check Telegram:BotToken (or TELEGRAM_BOT_TOKEN) and Telegram:ApiBaseUrl");
                return false;
            }
            catch (Exception ex)
            {
                failures++;
                if (!await WaitAfterFailureAsync(ex, failures, stoppingToken))
                {
                    break;
                }

                continue;
            }

            foreach (var update in updates.OrderBy(u => u.Id))
            {
                if (offset is { } confirmedUpTo && update.Id < confirmedUpTo)
                {
                    continue;
                }

                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                try
                {
                    await _handler.HandleAsync(update, handling.Token);
                }
                catch (OperationCanceledException) when (handling.IsCancellationRequested)
                {
                    _logger.LogWarning("Stopped while handling update {UpdateId}; Telegram will deliver it again", update.Id);
                    break;
                }

                offset = update.Id + 1;
                unconfirmed = true;
            }
        }

        if (unconfirmed && offset is { } last)
        {
            await ConfirmAsync(last);
        }

        _logger.LogInformation("Telegram adapter stopped polling");
        return true;
    }

    private async Task<bool> WaitAfterFailureAsync(Exception ex, int failures, CancellationToken stoppingToken)
    {
        TimeSpan delay;
        if (ApiFaults.IsConflict(ex))
        {
            delay = _backoff.Delay(failures);
            _logger.LogError(
                "getUpdates answered 409 Conflict: another instance is polling with this bot token, or a webhook is set. Stop the other instance, or call deleteWebhook (or use Telegram:Mode=Webhook). Retrying in {Delay}",
                delay);
        }
        else if (ApiFaults.RetryAfter(ex) is { } retryAfter)
        {
            delay = retryAfter;
            _logger.LogWarning("getUpdates hit Telegram flood control; waiting {RetryAfter}", retryAfter);
        }
        else
        {
            delay = _backoff.Delay(failures);
            _logger.LogWarning(ex, "getUpdates failed ({Failures} in a row); retrying in {Delay}", failures, delay);
        }

        try
        {
            await Task.Delay(delay, _time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Tells Telegram what was handled, so the next start does not answer it again.</summary>
    private async Task ConfirmAsync(int offset)
    {
        using var timeout = new CancellationTokenSource(ConfirmTimeout);
        try
        {
            await _bot.GetUpdates(offset, limit: 1, timeout: 0, cancellationToken: timeout.Token);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not confirm handled updates before stopping; some may be answered again after a restart");
        }
    }
}
