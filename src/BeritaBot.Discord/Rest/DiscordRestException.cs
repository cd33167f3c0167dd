using System.Net;

namespace BeritaBot.Discord.Rest;

/// <summary>A REST call Discord refused or could not serve. The message names the route, never a token.</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(string route, HttpStatusCode statusCode, int? errorCode, string? discordMessage)
        : base($"Discord REST {route} failed with {(int)statusCode} {statusCode}: {errorCode} {discordMessage}")
    {
        Route = route;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public string? Route { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Discord's JSON error code, when the body had one.</summary>
    public int? ErrorCode { get; }
}
