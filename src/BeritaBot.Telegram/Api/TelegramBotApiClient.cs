using System.Net.Http.Json;
using System.Text.Json;
using BeritaBot.Telegram.Api.Requests;
using BeritaBot.Telegram.Api.Types;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Api;

/// <summary>
/// The Bot API over HttpClient and System.Text.Json. Calls go to {ApiBaseUrl}/bot{token}/{method} with a JSON body.
/// Every exception leaving here has the token redacted and no inner exception that could still carry it.
/// </summary>
public sealed class TelegramBotApiClient : ITelegramBotApi
{
    // Headroom over the long-poll timeout so the server, not HttpClient, ends an idle getUpdates.
    private static readonly TimeSpan PollHeadroom = TimeSpan.FromSeconds(15);

    private readonly HttpClient _http;
    private readonly TelegramOptions _options;
    private readonly string _token;
    private readonly string _baseUrl;

    public TelegramBotApiClient(HttpClient http, IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _token = _options.BotToken ?? string.Empty;
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/');

        // Timeouts are per call (getUpdates needs a longer one than the rest).
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new GetMeRequest(), cancellationToken);

    public Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timeout = TimeSpan.FromSeconds(request.Timeout ?? 0) + PollHeadroom;
        return SendAsync(request, cancellationToken, timeout);
    }

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public Task<bool> AnswerInlineQueryAsync(AnswerInlineQueryRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    public Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken);

    private async Task<TResult> SendAsync<TResult>(
        RequestBase<TResult> request,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.MethodName;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout ?? TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));

        try
        {
            using var content = JsonContent.Create(request, request.GetType(), options: TelegramJson.Options);
            using var response = await _http.PostAsync(new Uri($"{_baseUrl}/bot{_token}/{method}"), content, timeoutSource.Token);
            var body = await response.Content.ReadAsStringAsync(timeoutSource.Token);
            var envelope = TryParse<TResult>(body);
            if (envelope is null)
            {
                throw new RequestException(
                    $"{method}: the server answered HTTP {(int)response.StatusCode} without a Bot API reply.",
                    response.StatusCode);
            }

            if (!envelope.Ok)
            {
                var code = envelope.ErrorCode ?? (int)response.StatusCode;
                var description = TokenRedactor.Redact(envelope.Description, _token);
                throw new ApiRequestException($"{method}: {code} {description}", code, envelope.Parameters);
            }

            return envelope.Result ?? throw new RequestException($"{method}: the reply had no result.", response.StatusCode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw new RequestException($"{method}: no reply within the timeout.");
        }
        catch (HttpRequestException ex)
        {
            // The inner exception is dropped on purpose: socket messages can include the request URL.
            throw new RequestException($"{method}: {TokenRedactor.Redact(Describe(ex), _token)}", ex.StatusCode);
        }
        catch (IOException ex)
        {
            throw new RequestException($"{method}: {TokenRedactor.Redact(Describe(ex), _token)}");
        }
    }

    private static ApiResponse<TResult>? TryParse<TResult>(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize<ApiResponse<TResult>>(body, TelegramJson.Options);
            return envelope is not null && (envelope.Ok || envelope.ErrorCode is not null) ? envelope : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var current = ex; current is not null; current = current.InnerException)
        {
            parts.Add($"{current.GetType().Name}: {current.Message}");
        }

        return string.Join(" -> ", parts);
    }
}
