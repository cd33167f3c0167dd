using BeritaBot.Core.Configuration;
using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Configuration;

namespace BeritaBot.Discord;

/// <summary>What a Discord bot token looks like; the check itself is the shared <see cref="BotTokenCheck"/>.</summary>
public static class DiscordToken
{
    public const string Shape = "three dot-separated parts, about 70 characters";

    public static bool IsReal(string? token) => BotTokenCheck.Classify(token, HasShape) == TokenStatus.Token;

    public static TokenReading Read(IConfiguration configuration) => BotTokenCheck.Read(
        configuration,
        DiscordOptions.SectionName + ":" + nameof(DiscordOptions.BotToken),
        DiscordServiceCollectionExtensions.TokenAlias,
        "Discord",
        Shape,
        HasShape);

    /// <summary>Names this bot's <paramref name="limit"/> in limits shared with other processes: a fingerprint of the token, never the token.</summary>
    public static string LimitScope(string token, string limit) => $"discord:{limit}:{DiscordRoute.Fingerprint(token)}";

    // Bot tokens are three base64url parts joined by dots (user id, timestamp, HMAC).
    private static bool HasShape(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(IsBase64Url)) && token.Length >= 50;
    }

    private static bool IsBase64Url(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
