using System.Globalization;
using System.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace BeritaBot.Telegram.Rendering;

public static class Buttons
{
    /// <summary>Telegram truncates long button labels itself, badly; shorten them at a word.</summary>
    public const int MaxLabelLength = 60;

    public static string Label(string text, int max = MaxLabelLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = text.ReplaceLineEndings(" ").Trim();
        var info = new StringInfo(clean);
        if (info.LengthInTextElements <= max)
        {
            return clean;
        }

        var cut = info.SubstringByTextElements(0, max - 1);
        var space = cut.LastIndexOf(' ');
        if (space > max / 2)
        {
            cut = cut[..space];
        }

        return new StringBuilder(cut.TrimEnd()).Append('…').ToString();
    }

    public static InlineKeyboardMarkup? Keyboard(IEnumerable<IReadOnlyList<InlineKeyboardButton>> rows)
    {
        var list = rows.Where(r => r.Count > 0).ToList();
        return list.Count == 0 ? null : new InlineKeyboardMarkup(list);
    }
}
