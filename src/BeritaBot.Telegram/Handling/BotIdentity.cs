namespace BeritaBot.Telegram.Handling;

/// <summary>Who the bot is, for group addressing. The id comes from the token (Telegram.Bot reads it); the username from getMe or settings.</summary>
public sealed class BotIdentity
{
    public long Id { get; set; }

    /// <summary>Without "@"; null when getMe failed and no BotUsername is configured.</summary>
    public string? Username { get; set; }

    public bool IsNamed(string? username) =>
        Username is not null && string.Equals(Username, username?.TrimStart('@'), StringComparison.OrdinalIgnoreCase);
}
