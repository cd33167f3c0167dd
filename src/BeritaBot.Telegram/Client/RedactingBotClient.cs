using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace BeritaBot.Telegram.Client;

/// <summary>
/// Telegram.Bot's client, with one change: its failures leave here with the token redacted and no inner exception
/// that could still carry it (the token is part of every request URL, and socket or proxy messages may quote it).
/// Messages start with the Bot API method, so a log line says which call failed.
/// </summary>
internal sealed class RedactingBotClient : TelegramBotClient
{
    public RedactingBotClient(TelegramBotClientOptions options, HttpClient httpClient)
        : base(options, httpClient)
    {
    }

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await base.SendRequest(request, cancellationToken);
        }
        catch (ApiRequestException ex)
        {
            throw new ApiRequestException(Describe(request.MethodName, ex), ex.ErrorCode, ex.Parameters);
        }
        catch (RequestException ex)
        {
            var message = Describe(request.MethodName, ex);
            throw ex.HttpStatusCode is { } status ? new RequestException(message, status) : new RequestException(message);
        }
    }

    /// <summary>The whole exception chain in one redacted line, since the inner exceptions are dropped.</summary>
    private string Describe(string method, Exception ex)
    {
        var parts = new List<string>();
        for (var current = ex; current is not null; current = current.InnerException)
        {
            parts.Add(current == ex ? current.Message : $"{current.GetType().Name}: {current.Message}");
        }

        return TokenRedactor.Redact($"{method}: {string.Join(" -> ", parts)}", Token);
    }
}
