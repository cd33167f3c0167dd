using System.Text.RegularExpressions;

namespace BeritaBot.Telegram.Hosting;

/// <summary>Tells a real-looking token ("123456:ABC-def...") from an empty value or a template's placeholder.</summary>
public static partial class BotToken
{
    private static readonly string[] Placeholders =
    [
        "your-token-here", "your_token_here", "yourtoken", "changeme", "change-me", "change_me", "placeholder",
        "token", "xxx", "todo", "replace-me", "replaceme", "secret",
    ];

    public static bool IsReal(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        var value = token.Trim();
        if (value.StartsWith('<') || value.EndsWith('>') || value.Contains("...", StringComparison.Ordinal))
        {
            return false;
        }

        var secret = value.Contains(':', StringComparison.Ordinal) ? value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..] : value;
        if (Placeholders.Any(p => secret.Contains(p, StringComparison.OrdinalIgnoreCase) && secret.Length <= p.Length + 4))
        {
            return false;
        }

        // Telegram tokens are "<bot id>:<secret>"; anything else cannot authenticate.
        return Shape().IsMatch(value);
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex Shape();
}
