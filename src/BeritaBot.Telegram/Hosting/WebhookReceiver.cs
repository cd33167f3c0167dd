using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Sending;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Hosting;

/// <summary>
/// Webhook mode: a small Kestrel endpoint Telegram posts updates to. Requests without the shared secret get 401.
/// An update is acknowledged (200) only after it was handled, so Telegram re-delivers what a crash interrupted.
/// </summary>
public sealed class WebhookReceiver
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly ITelegramBotClient _bot;
    private readonly IUpdateHandler _handler;
    private readonly TelegramOptions _options;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<WebhookReceiver> _logger;
    private readonly byte[] _secret;
    private readonly IKnowledgeStore? _knowledge;
    private readonly IStoreHealth? _storeHealth;
    private readonly TaskCompletionSource<IReadOnlyList<string>> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WebhookReceiver(
        ITelegramBotClient bot,
        IUpdateHandler handler,
        IOptions<TelegramOptions> options,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        IKnowledgeStore? knowledge = null,
        IStoreHealth? storeHealth = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _bot = bot;
        _handler = handler;
        _options = options.Value;
        _backoff = Backoff.From(_options);
        _time = time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<WebhookReceiver>();
        _secret = Encoding.UTF8.GetBytes(_options.WebhookSecret ?? string.Empty);
        _knowledge = knowledge;
        _storeHealth = storeHealth;
    }

    /// <summary>Completes with the bound addresses once the endpoint listens (tests use port 0).</summary>
    public Task<IReadOnlyList<string>> Listening => _listening.Task;

    /// <summary>Serves until stopped. Returns false when the token was refused and the adapter must stop.</summary>
    public async Task<bool> RunAsync(CancellationToken stoppingToken)
    {
        var path = new Uri(_options.WebhookUrl!, UriKind.Absolute).AbsolutePath;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(_options.WebhookListenUrl);
        builder.Services.AddRoutingCore();

        // Log through the host's providers rather than a second logging setup.
        builder.Services.AddSingleton(_loggerFactory);

        await using var app = builder.Build();
        using var handling = new CancellationTokenSource();
        app.MapPost(path, context => ReceiveAsync(context, handling.Token));

        // For the load balancer: alive, and able to answer well (knowledge loaded, shared store reachable).
        app.MapGet("/healthz", context => Plain(context, StatusCodes.Status200OK, "ok"));
        app.MapGet("/readyz", Ready);
        await app.StartAsync(stoppingToken);
        try
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            _logger.LogInformation("Telegram webhook endpoint listening on {Addresses} at path {Path}", string.Join(", ", addresses), path);
            _listening.TrySetResult(addresses);

            if (!await RegisterAsync(stoppingToken))
            {
                return false;
            }

            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: let requests in flight finish below.
        }
        finally
        {
            _listening.TrySetCanceled(CancellationToken.None);
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await app.StopAsync(stopTimeout.Token);
            await handling.CancelAsync();
        }

        return true;
    }

    private async Task<bool> RegisterAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _bot.SetWebhook(
                    _options.WebhookUrl!,
                    allowedUpdates: PollingReceiver.AllowedUpdates,
                    secretToken: _options.WebhookSecret,
                    cancellationToken: stoppingToken);
                _logger.LogInformation("Telegram webhook registered for {WebhookUrl}", _options.WebhookUrl);
                return true;
            }
            catch (Exception ex) when (ApiFaults.IsUnreadableSuccess(ex))
            {
                _logger.LogWarning(ex, "Telegram accepted setWebhook for {WebhookUrl} but its reply could not be read; counted as registered", _options.WebhookUrl);
                return true;
            }
            catch (Exception ex) when (ApiFaults.IsUnauthorized(ex) || ApiFaults.IsNotFoundFromApi(ex))
            {
                _logger.LogCritical(
                    ex,
                    "Telegram refused the bot token. The Telegram adapter stops; the rest of BeritaBot keeps running. Check Telegram:BotToken (or TELEGRAM_BOT_TOKEN) and Telegram:ApiBaseUrl");
                return false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var delay = ApiFaults.RetryAfter(ex) ?? _backoff.Delay(attempt);
                _logger.LogError(ex, "setWebhook failed (attempt {Attempt}); retrying in {Delay}", attempt, delay);
                await Task.Delay(delay, _time, stoppingToken);
            }
        }
    }

    private async Task ReceiveAsync(HttpContext context, CancellationToken handlingToken)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            _logger.LogWarning("Rejected a webhook request without the right secret from {RemoteAddress}", context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Rejected a webhook request whose body is not an update");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (update is not null)
        {
            try
            {
                await _handler.HandleAsync(update, handlingToken);
            }
            catch (UpdateDeferredException ex)
            {
                _logger.LogInformation(ex, "Update {UpdateId} is held by another instance; asking Telegram to deliver it again", ex.UpdateId);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private Task Ready(HttpContext context)
    {
        if (_knowledge is { Current.Cards.Count: 0 })
        {
            return Plain(context, StatusCodes.Status503ServiceUnavailable, "knowledge not loaded");
        }

        var store = _storeHealth?.Check();
        return store is { Reachable: false }
            ? Plain(context, StatusCodes.Status503ServiceUnavailable, "shared store unreachable: " + store.LastProblem)
            : Plain(context, StatusCodes.Status200OK, "ready");
    }

    private static Task Plain(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private bool SecretMatches(string presented) =>
        _secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _secret);
}
