using System.Text;

namespace BeritaBot.Telegram.Rendering;

/// <summary>Telegram's HTML parse mode: every piece of knowledge or user text goes through <see cref="Escape"/>.</summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static string Bold(string? text) => $"<b>{Escape(text)}</b>";

    public static string Italic(string? text) => $"<i>{Escape(text)}</i>";

    /// <summary>A link when the URL is a plain http(s) one; otherwise just the escaped text.</summary>
    public static string Link(string? text, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{Escape(uri.AbsoluteUri)}\">{Escape(text)}</a>"
            : Escape(text);
}
