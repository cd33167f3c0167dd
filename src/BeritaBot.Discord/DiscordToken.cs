namespace BeritaBot.Discord;

/// <summary>Tells a real-looking bot token from an empty value or a template placeholder.</summary>
public static class DiscordToken
{
    // Only long words or non-token characters: a short mark could occur by chance inside a real random token.
    private static readonly string[] PlaceholderMarks = ["token", "changeme", "change-me", "placeholder", "example", "<", ">"];

    public static bool IsReal(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (PlaceholderMarks.Any(mark => token.Contains(mark, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // Bot tokens are three base64url parts joined by dots (user id, timestamp, HMAC).
        var parts = token.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(IsBase64Url)) && token.Length >= 50;
    }

    private static bool IsBase64Url(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
