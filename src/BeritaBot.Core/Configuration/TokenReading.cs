namespace BeritaBot.Core.Configuration;

/// <summary>A bot token as configured: which variable holds it and what it is. Never holds the token itself.</summary>
/// <param name="Variable">The environment-variable form of the key that was set (<c>DISCORD_BOT_TOKEN</c>, <c>Discord__BotToken</c>).</param>
/// <param name="Platform">"Discord", "Telegram": for messages.</param>
/// <param name="Shape">How the platform's tokens look, for the message.</param>
public sealed record TokenReading(string Variable, string Platform, TokenStatus Status, string Shape)
{
    /// <summary>The start-up message for a value that is set but is not a token; null otherwise.</summary>
    public string? Problem => Status == TokenStatus.NotAToken
        ? $"{Variable} is set, but its value is not a {Platform} bot token ({Shape}). Put the real token there, or remove the line to run without {Platform}."
        : null;
}
