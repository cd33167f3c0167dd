using System.Text.RegularExpressions;
using BeritaBot.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace BeritaBot.Telegram.Hosting;

/// <summary>What a Telegram bot token looks like ("123456:ABC-def..."); the check itself is the shared <see cref="BotTokenCheck"/>.</summary>
public static partial class BotToken
{
    public const string Shape = "the bot's numeric id, a colon and a secret, as BotFather gives it";

    public static bool IsReal(string? token) => BotTokenCheck.Classify(token, HasShape) == TokenStatus.Token;

    public static TokenReading Read(IConfiguration configuration) => BotTokenCheck.Read(
        configuration,
        $"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}",
        TelegramServiceCollectionExtensions.TokenAlias,
        "Telegram",
        Shape,
        HasShape);

    // Telegram tokens are "<bot id>:<secret>"; anything else cannot authenticate.
    private static bool HasShape(string token) => Pattern().IsMatch(token);

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex Pattern();
}
