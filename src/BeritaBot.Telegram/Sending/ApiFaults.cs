using System.Net;
using Telegram.Bot.Exceptions;

namespace BeritaBot.Telegram.Sending;

/// <summary>Sorts Telegram.Bot's failures by what to do about them.</summary>
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

    /// <summary>
    /// HTTP 200 whose body the library could not read (an emulator's dates in milliseconds, a reply cut short).
    /// Telegram answers 200 only after it carried the call out, so a send that ends here was delivered.
    /// </summary>
    public static bool IsUnreadableSuccess(Exception exception) =>
        exception is RequestException { HttpStatusCode: HttpStatusCode.OK } and not ApiRequestException;

    /// <summary>The token was refused: nothing will work until someone fixes the configuration.</summary>
    public static bool IsUnauthorized(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode == 401,
        RequestException request => request.HttpStatusCode == HttpStatusCode.Unauthorized,
        _ => false,
    };

    public static bool IsConflict(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode == 409,
        RequestException request => request.HttpStatusCode == HttpStatusCode.Conflict,
        _ => false,
    };

    /// <summary>A Telegram JSON 404: the token is malformed (or the base URL points at the wrong server).</summary>
    public static bool IsNotFoundFromApi(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 404 };
}
