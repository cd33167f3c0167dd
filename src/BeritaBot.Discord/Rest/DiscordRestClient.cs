using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BeritaBot.Core.Coordination;
using BeritaBot.Discord.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Rest;

/// <summary>
/// Discord REST over HttpClient: authenticates, honours rate limits from the headers, waits out 429s and retries
/// 5xx answers with backoff. Logs name route templates only, never tokens.
/// </summary>
public sealed class DiscordRestClient : IDiscordRestClient
{
    private const int MaxRateLimitRetries = 5;
    /// <summary>Discord requires this exact shape: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/beritabot/beritabot, 1.0)";

    private readonly IHttpClientFactory _httpFactory;
    private readonly DiscordOptions _options;
    private readonly DiscordRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly IRequestRateGate? _globalGate;
    private readonly RequestRate _globalRate;
    private readonly string _globalScope;

    /// <param name="globalGate">
    /// The global limit shared with other processes (a shared store registers one); without it, only a global 429
    /// pauses this process, as Discord's reply asks.
    /// </param>
    public DiscordRestClient(
        IHttpClientFactory httpFactory,
        IOptions<DiscordOptions> options,
        DiscordRateLimiter limiter,
        TimeProvider time,
        ILogger<DiscordRestClient> logger,
        IRequestRateGate? globalGate = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpFactory = httpFactory;
        _options = options.Value;
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _globalGate = globalGate;
        _globalRate = new RequestRate(_options.GlobalRequestsPerSecond, TimeSpan.FromSeconds(1));
        _globalScope = DiscordToken.LimitScope(_options.BotToken ?? string.Empty, "rest-global");
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Get, "gateway/bot", "/gateway/bot", string.Empty);
        return await SendAsync<GatewayBotInfo>(route, null, cancellationToken)
            ?? throw new DiscordRestException("Discord REST GET /gateway/bot returned no body.");
    }

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken)
    {
        var route = CommandsRoute(HttpMethod.Get, applicationId, guildId);
        return await SendAsync<List<ApplicationCommand>>(route, null, cancellationToken) ?? [];
    }

    public Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(CommandsRoute(HttpMethod.Put, applicationId, guildId), commands, cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(
            HttpMethod.Post,
            $"interactions/{Uri.EscapeDataString(interactionId)}/{Uri.EscapeDataString(interactionToken)}/callback",
            "/interactions/{interaction_id}/{token}/callback",
            interactionId);
        return SendAsync<JsonElement?>(route, response, cancellationToken);
    }

    public Task EditOriginalResponseAsync(string applicationId, string interactionToken, InteractionCallbackData data, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(
            HttpMethod.Patch,
            $"webhooks/{Uri.EscapeDataString(applicationId)}/{Uri.EscapeDataString(interactionToken)}/messages/@original",
            "/webhooks/{application_id}/{token}/messages/@original",
            applicationId + ":" + DiscordRoute.Fingerprint(interactionToken));
        return SendAsync<JsonElement?>(route, data, cancellationToken);
    }

    private static DiscordRoute CommandsRoute(HttpMethod method, string applicationId, string? guildId) =>
        guildId is null
            ? new(method, $"applications/{Uri.EscapeDataString(applicationId)}/commands", "/applications/{application_id}/commands", string.Empty)
            : new(method, $"applications/{Uri.EscapeDataString(applicationId)}/guilds/{Uri.EscapeDataString(guildId)}/commands", "/applications/{application_id}/guilds/{guild_id}/commands", guildId);

    private async Task<T?> SendAsync<T>(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        var serverErrors = 0;
        var rateLimits = 0;
        while (true)
        {
            var wait = _limiter.Acquire(route);
            if (wait > TimeSpan.Zero)
            {
                _logger.LogDebug("Waiting {Wait} for the rate limit of {Route}", wait, route);
                await Task.Delay(wait, _time, cancellationToken);
                continue;
            }

            await WaitForGlobalTurnAsync(route, cancellationToken);
            using var request = CreateRequest(route, body);
            var http = _httpFactory.CreateClient(DiscordServiceCollectionExtensions.HttpClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            _limiter.Update(route, response.Headers);

            if (response.StatusCode == HttpStatusCode.TooManyRequests && rateLimits++ < MaxRateLimitRetries)
            {
                var (retryAfter, global) = await ReadRateLimitAsync(response, cancellationToken);
                _logger.LogWarning("Rate limited on {Route} (global: {Global}); retrying after {RetryAfter}", route, global, retryAfter);
                _limiter.OnRateLimited(route, retryAfter, global);
                if (global && _globalGate is not null)
                {
                    await _globalGate.PauseAsync(_globalScope, retryAfter, cancellationToken);
                }

                continue;
            }

            if ((int)response.StatusCode >= 500 && serverErrors < _options.RestMaxRetries)
            {
                var backoff = _options.RestRetryBaseDelay * Math.Pow(2, serverErrors++);
                _logger.LogWarning("Discord answered {Status} on {Route}; retry {Attempt} after {Backoff}", (int)response.StatusCode, route, serverErrors, backoff);
                await Task.Delay(backoff, _time, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await CreateExceptionAsync(route, response, cancellationToken);
            }

            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return default;
            }

            return await response.Content.ReadFromJsonAsync<T>(DiscordJson.Options, cancellationToken);
        }
    }

    /// <summary>Takes one request from the global limit shared by every process; interaction replies are not bound to it.</summary>
    private async Task WaitForGlobalTurnAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (_globalGate is null || !route.CountsTowardsGlobalLimit)
        {
            return;
        }

        TimeSpan wait;
        while ((wait = await _globalGate.TryTakeAsync(_globalScope, _globalRate, cancellationToken)) > TimeSpan.Zero)
        {
            _logger.LogDebug("Waiting {Wait} for the global rate limit shared by every process, before {Route}", wait, route);
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private HttpRequestMessage CreateRequest(DiscordRoute route, object? body)
    {
        var baseUrl = _options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        var request = new HttpRequestMessage(route.Method, new Uri(new Uri(baseUrl), route.Path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: DiscordJson.Options);
        }

        return request;
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && string.Equals(g.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        try
        {
            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (doc.RootElement.TryGetProperty("retry_after", out var retry) && retry.TryGetDouble(out var value))
            {
                seconds = value;
            }

            if (doc.RootElement.TryGetProperty("global", out var isGlobal) && isGlobal.ValueKind == JsonValueKind.True)
            {
                global = true;
            }
        }
        catch (JsonException)
        {
            // A 429 from a proxy may carry no JSON; the Retry-After header still tells how long.
        }

        if (seconds is null && response.Headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var headerSeconds))
        {
            seconds = headerSeconds;
        }

        return (TimeSpan.FromSeconds(Math.Max(seconds ?? 1, 0)), global);
    }

    private static async Task<DiscordRestException> CreateExceptionAsync(DiscordRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        int? code = null;
        string? message = null;
        try
        {
            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (doc.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var codeValue))
                {
                    code = codeValue;
                }

                if (doc.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                {
                    message = m.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // No JSON body: the status code says enough.
        }

        return new DiscordRestException(route.ToString(), response.StatusCode, code, message);
    }
}
