namespace BeritaBot.Telegram.Api.Requests;

public sealed class SetWebhookRequest() : RequestBase<bool>("setWebhook")
{
    /// <summary>The public HTTPS URL Telegram posts updates to.</summary>
    public required string Url { get; init; }

    /// <summary>Sent back in X-Telegram-Bot-Api-Secret-Token on every post: 1–256 of A-Z, a-z, 0-9, _ and -.</summary>
    public string? SecretToken { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }

    public int? MaxConnections { get; init; }

    public bool? DropPendingUpdates { get; init; }
}
