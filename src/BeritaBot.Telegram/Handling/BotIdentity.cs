using System.Globalization;

namespace BeritaBot.Telegram.Handling;

/// <summary>Who the bot is, for group addressing. The id comes from the token; the username from getMe or settings.</summary>
public sealed class BotIdentity
{
    public long Id { get; set; }

    /// <summary>Without "@"; null when getMe failed and no BotUsername is configured.</summary>
    public string? Username { get; set; }

    /// <summary>A bot token starts with the bot's user id: "123456:ABC...".</summary>
    public static long IdFromToken(string? token)
    {
        var colon = token?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    public bool IsNamed(string? username) =>
        Username is not null && string.Equals(Username, username?.TrimStart('@'), StringComparison.OrdinalIgnoreCase);
}
