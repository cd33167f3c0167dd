using System.Net;

namespace BeritaBot.Telegram.Api;

/// <summary>
/// A Bot API call that failed without a Telegram error answer: network failure, timeout, or a reply that is not
/// the Bot API's JSON (a proxy's or emulator's HTML error page). Messages never contain the token.
/// </summary>
public class RequestException : Exception
{
    public RequestException()
    {
    }

    public RequestException(string message)
        : base(message)
    {
    }

    public RequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RequestException(string message, HttpStatusCode? httpStatusCode)
        : base(message)
    {
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>The HTTP status when a response arrived; null for network errors and timeouts.</summary>
    public HttpStatusCode? HttpStatusCode { get; }
}
