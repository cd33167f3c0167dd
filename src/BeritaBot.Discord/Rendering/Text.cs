using System.Text;

namespace BeritaBot.Discord.Rendering;

/// <summary>Cutting text to Discord's limits without breaking characters or lines.</summary>
public static class Text
{
    public const string Ellipsis = "…";

    /// <summary>
    /// Returns the text unchanged when it fits; otherwise cuts it so that, with a trailing ellipsis, it is at most
    /// <paramref name="max"/> long, never splitting a surrogate pair, preferring a word break near the end.
    /// </summary>
    public static string Truncate(string? text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        text ??= string.Empty;
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // A space in the last fifth makes a cleaner cut than the middle of a word.
        var space = text.LastIndexOf(' ', Math.Max(cut - 1, 0), Math.Max(cut / 5, 0));
        if (space > 0)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Joins whole lines while they fit in <paramref name="max"/>; when some do not, ends with a line from
    /// <paramref name="more"/> saying how many were left out.
    /// </summary>
    public static string JoinLines(IReadOnlyList<string> lines, int max, Func<int, string> more)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(more);
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Truncate(lines[i], max);
            var separator = builder.Length == 0 ? 0 : 1;
            var rest = lines.Count - i - 1;
            var tail = rest == 0 ? 0 : 1 + more(rest).Length;
            if (builder.Length + separator + line.Length + tail > max)
            {
                var omitted = more(lines.Count - i);
                if (builder.Length + separator + omitted.Length > max)
                {
                    return builder.ToString();
                }

                return builder.Append(separator == 1 ? "\n" : string.Empty).Append(omitted).ToString();
            }

            builder.Append(separator == 1 ? "\n" : string.Empty).Append(line);
        }

        return builder.ToString();
    }

    /// <summary>Escapes characters that Discord Markdown would read as formatting in titles and names.</summary>
    public static string EscapeMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '>')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
