using System.Text;

namespace BeritaBot.Insights.Storage;

/// <summary>A light, language-neutral folding used when the answer service gave no normalised form.</summary>
internal static class TextKey
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Cuts overly long user text so one message cannot bloat the database.</summary>
    public static string Clip(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..maxLength];
}
