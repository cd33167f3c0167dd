using Microsoft.Extensions.Configuration;

namespace BeritaBot.Core.Configuration;

/// <summary>
/// The one check of a configured bot token for every adapter: empty, a template's placeholder, something that is
/// not a token at all, or a real-looking token. Each platform gives only the shape of its tokens.
/// </summary>
public static class BotTokenCheck
{
    private static readonly string[] PlaceholderWords =
    [
        "token", "changeme", "change-me", "change_me", "placeholder", "example", "your", "xxx", "todo", "replace",
        "secret", "here", "isi",
    ];

    // Real tokens are long (Telegram about 46 characters, Discord about 70); a short value with a placeholder word in
    // it is a template even when it happens to fit the shape ("123456:changeme"), while a long random token may
    // contain such a word by chance.
    private const int LongestPlaceholder = 24;

    public static TokenStatus Classify(string? value, Func<string, bool> hasShape)
    {
        ArgumentNullException.ThrowIfNull(hasShape);
        if (string.IsNullOrWhiteSpace(value))
        {
            return TokenStatus.NotSet;
        }

        var token = value.Trim();
        if (token.StartsWith('<') || token.EndsWith('>') || token.Contains("...", StringComparison.Ordinal))
        {
            return TokenStatus.Placeholder;
        }

        var placeholderWord = PlaceholderWords.Any(w => token.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (hasShape(token))
        {
            return placeholderWord && token.Length <= LongestPlaceholder ? TokenStatus.Placeholder : TokenStatus.Token;
        }

        return placeholderWord ? TokenStatus.Placeholder : TokenStatus.NotAToken;
    }

    /// <summary>Reads <paramref name="key"/> (<c>Discord:BotToken</c>), or <paramref name="alias"/> when that is empty.</summary>
    public static TokenReading Read(IConfiguration configuration, string key, string alias, string platform, string shape, Func<string, bool> hasShape)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[key];
        var variable = key.Replace(":", "__", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[alias];
            variable = alias;
        }

        return new TokenReading(variable, platform, Classify(value, hasShape), shape);
    }
}
