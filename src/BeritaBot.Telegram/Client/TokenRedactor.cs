namespace BeritaBot.Telegram.Client;

/// <summary>The token travels in every request URL; this keeps it out of messages that may reach a log.</summary>
public static class TokenRedactor
{
    public const string Placeholder = "<token>";

    public static string Redact(string? text, string? token)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (string.IsNullOrEmpty(token))
        {
            return text;
        }

        var redacted = text.Replace(token, Placeholder, StringComparison.Ordinal);

        // The URL-encoded form appears in some messages (':' becomes %3A).
        return redacted.Replace(Uri.EscapeDataString(token), Placeholder, StringComparison.Ordinal);
    }
}
