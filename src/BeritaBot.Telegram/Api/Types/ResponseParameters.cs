namespace BeritaBot.Telegram.Api.Types;

/// <summary>Why a request failed, in a machine-readable form.</summary>
public sealed class ResponseParameters
{
    /// <summary>The group became a supergroup with this id: repeat the request there.</summary>
    public long? MigrateToChatId { get; set; }

    /// <summary>Seconds to wait before repeating the request (flood control).</summary>
    public int? RetryAfter { get; set; }
}
