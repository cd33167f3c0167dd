using System.Net;
using BeritaBot.Telegram.Api;

namespace BeritaBot.Telegram.Sending;

/// <summary>Sorts Bot API failures by what to do about them.</summary>
public static class ApiFaults
{
    /// <summary>Telegram's wait before a retry (429), if it gave one.</summary>
    public static TimeSpan? RetryAfter(Exception exception) =>
        exception is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : null;

    public static long? MigrateTo(Exception exception) =>
        exception is ApiRequestException { Parameters.MigrateToChatId: { } chatId } ? chatId : null;

    /// <summary>Network errors, timeouts, 5xx and 429 without a wait: retry after a back-off.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode >= 500 || (api.ErrorCode == 429 && RetryAfter(api) is null),
        RequestException request => request.HttpStatusCode is null
            || (int)request.HttpStatusCode >= 500
            || request.HttpStatusCode == HttpStatusCode.TooManyRequests,
        _ => false,
    };

    /// <summary>The token was refused: nothing will work until someone fixes the configuration.</summary>
    public static bool IsUnauthorized(Exception exception) =>
        exception is RequestException { HttpStatusCode: HttpStatusCode.Unauthorized };

    public static bool IsConflict(Exception exception) =>
        exception is RequestException { HttpStatusCode: HttpStatusCode.Conflict };

    /// <summary>A Telegram JSON 404: the token is malformed (or the base URL points at the wrong server).</summary>
    public static bool IsNotFoundFromApi(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 404 };
}
