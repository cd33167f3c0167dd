using System.Text;

namespace BeritaBot.Telegram.Rendering;

/// <summary>
/// Splits an HTML message into parts Telegram accepts (at most 4096 characters each): at paragraph breaks if it
/// can, else at line breaks, else between words, else anywhere; never inside a tag or an entity. Tags open at a cut
/// are closed at the end of the part and opened again at the start of the next, so each part is valid HTML.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string html, int limit = TelegramLimit)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);

        var parts = new List<string>();
        var text = html.Trim();
        while (text.Length > limit)
        {
            var (cut, skipWhitespace) = ChooseCut(text, limit);
            var open = OpenTagsAt(text, cut);
            var part = text[..cut].TrimEnd() + Closing(open);
            parts.Add(part);

            var rest = text[cut..];
            if (skipWhitespace)
            {
                rest = rest.TrimStart();
            }

            text = string.Concat(open.Select(t => t.Markup)) + rest;
        }

        if (text.Length > 0)
        {
            parts.Add(text);
        }

        return parts;
    }

    private static (int Cut, bool SkipWhitespace) ChooseCut(string text, int limit)
    {
        // Cuts must leave room for the closing tags and must make progress past the tags reopened at the start.
        var minimum = LeadingTagsLength(text) + 1;
        int paragraph = -1, line = -1, word = -1, any = -1;
        var stack = new List<OpenTag>();
        var i = 0;
        while (i < text.Length && i <= limit)
        {
            if (i >= minimum && i + ClosingLength(stack) <= limit)
            {
                any = i;
                if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    paragraph = i;
                }
                else if (text[i] == '\n')
                {
                    line = i;
                }
                else if (text[i] == ' ')
                {
                    word = i;
                }
            }

            i = Advance(text, i, stack);
        }

        if (paragraph > 0)
        {
            return (paragraph, true);
        }

        if (line > 0)
        {
            return (line, true);
        }

        return word > 0 ? (word, true) : (Math.Max(any, minimum), false);
    }

    /// <summary>Moves past one tag, entity or character (a surrogate pair counts as one), tracking open tags.</summary>
    private static int Advance(string text, int i, List<OpenTag> stack)
    {
        var c = text[i];
        if (c == '<')
        {
            var end = text.IndexOf('>', i);
            if (end < 0)
            {
                return i + 1;
            }

            var tag = text[i..(end + 1)];
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            else
            {
                stack.Add(new OpenTag(TagName(tag), tag));
            }

            return end + 1;
        }

        if (c == '&')
        {
            var end = text.IndexOf(';', i);
            return end > i && end - i <= 10 ? end + 1 : i + 1;
        }

        return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
    }

    private static List<OpenTag> OpenTagsAt(string text, int position)
    {
        var stack = new List<OpenTag>();
        var i = 0;
        while (i < position)
        {
            i = Advance(text, i, stack);
        }

        return stack;
    }

    private static int LeadingTagsLength(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '<' && !text.AsSpan(i).StartsWith("</"))
        {
            var end = text.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            i = end + 1;
        }

        return i;
    }

    private static string TagName(string tag)
    {
        var name = new StringBuilder();
        foreach (var c in tag.AsSpan(1))
        {
            if (!char.IsLetterOrDigit(c) && c != '-')
            {
                break;
            }

            name.Append(c);
        }

        return name.ToString();
    }

    private static string Closing(List<OpenTag> open)
    {
        var builder = new StringBuilder();
        for (var i = open.Count - 1; i >= 0; i--)
        {
            builder.Append("</").Append(open[i].Name).Append('>');
        }

        return builder.ToString();
    }

    private static int ClosingLength(List<OpenTag> open) => open.Sum(t => t.Name.Length + 3);

    private sealed record OpenTag(string Name, string Markup);
}
