using System.Net;
using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api;

/// <summary>The Bot API answered <c>{"ok": false, ...}</c>.</summary>
public sealed class ApiRequestException : RequestException
{
    public ApiRequestException()
    {
    }

    public ApiRequestException(string message)
        : base(message)
    {
    }

    public ApiRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiRequestException(string message, int errorCode, ResponseParameters? parameters = null)
        : base(message, (HttpStatusCode)errorCode)
    {
        ErrorCode = errorCode;
        Parameters = parameters;
    }

    /// <summary>Telegram's error_code, which follows HTTP status codes (400, 401, 403, 409, 429, ...).</summary>
    public int ErrorCode { get; }

    public ResponseParameters? Parameters { get; }
}
