using System.Globalization;
using System.Text;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using Telegram.Bot.Types.ReplyMarkups;
using BeritaBot.Telegram.Callbacks;

namespace BeritaBot.Telegram.Rendering;

/// <summary>Replies only admins see: reload outcomes, the editor report, phrasing edits.</summary>
public sealed class AdminRenderer
{
    public const int MaxProblems = 20;

    private readonly CallbackData _callbacks;

    public AdminRenderer(CallbackData callbacks)
    {
        _callbacks = callbacks;
    }

    public static string Reload(ReloadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        if (!result.Succeeded)
        {
            html.Append("❌ <b>Muat ulang gagal.</b> Pengetahuan lama tetap dipakai.\n\n<b>Kesalahan:</b>\n");
            AppendProblems(html, result.Errors.ToList());
            return html.ToString().TrimEnd();
        }

        html.Append(CultureInfo.InvariantCulture, $"✅ <b>Pengetahuan dimuat ulang</b> ({result.Duration.TotalMilliseconds:0} ms).\n");
        html.Append(Diff(result.Diff));
        var warnings = result.Problems.Where(p => !p.IsError).ToList();
        if (warnings.Count > 0)
        {
            html.Append("\n\n<b>Peringatan:</b>\n");
            AppendProblems(html, warnings);
        }

        return html.ToString().TrimEnd();
    }

    public static string Diff(KnowledgeDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        if (diff.IsEmpty)
        {
            return "Tidak ada kartu yang berubah.";
        }

        var html = new StringBuilder();
        AppendIds(html, "Ditambah", diff.Added);
        AppendIds(html, "Diubah", diff.Changed);
        AppendIds(html, "Dihapus", diff.Removed);
        return html.ToString().TrimEnd();
    }

    public static string Edit(KnowledgeEditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder(result.Succeeded ? "✅ " : "❌ ").Append(Html.Escape(result.Message));
        if (result.Reload is { } reload)
        {
            html.Append("\n\n").Append(Reload(reload));
        }

        return html.ToString();
    }

    public OutgoingMessage Report(EditorReport report, IReadOnlyDictionary<string, Card> cards)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(cards);
        var html = new StringBuilder("<b>Laporan editor</b>");
        if (report.Since is { } since)
        {
            html.Append(" sejak ").Append(DateLabels.Format(DateOnly.FromDateTime(since.UtcDateTime)));
        }

        html.Append('\n');
        if (!string.IsNullOrEmpty(report.Problem))
        {
            html.Append("⚠️ ").Append(Html.Escape(report.Problem)).Append('\n');
        }

        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        html.Append("\n<b>Pertanyaan yang belum terjawab</b>\n");
        if (report.Unanswered.Count == 0)
        {
            html.Append("Tidak ada.\n");
        }

        var number = 1;
        foreach (var group in report.Unanswered)
        {
            html.Append(CultureInfo.InvariantCulture, $"{number}. “{Html.Escape(group.Example)}” ×{group.Count}");
            if (group.ClosestCardId is { } closest)
            {
                var title = cards.TryGetValue(closest, out var card) ? card.Title : closest;
                html.Append(CultureInfo.InvariantCulture, $" — terdekat: {Html.Escape(title)} ({group.ClosestConfidence:0.00})");
                rows.Add([InlineKeyboardButton.WithCallbackData(
                    Buttons.Label($"{number}. Tambahkan ke {title}"),
                    _callbacks.AddPhrasing(closest, group.Example))]);
            }

            html.Append('\n');
            number++;
        }

        html.Append("\n<b>Kartu yang paling sering “tidak membantu”</b>\n");
        if (report.Unhelpful.Count == 0)
        {
            html.Append("Tidak ada.\n");
        }

        foreach (var unhelpful in report.Unhelpful)
        {
            var title = cards.TryGetValue(unhelpful.CardId, out var card) ? card.Title : unhelpful.CardId;
            html.Append(CultureInfo.InvariantCulture, $"• {Html.Escape(title)} ({Html.Escape(unhelpful.CardId)}): 👎 {unhelpful.NotHelpful} / 👍 {unhelpful.Helpful}\n");
        }

        return new OutgoingMessage(html.ToString().TrimEnd(), Buttons.Keyboard(rows));
    }

    private static void AppendIds(StringBuilder html, string label, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"{label} ({ids.Count}): ")
                .Append(string.Join(", ", ids.Select(Html.Escape)))
                .Append('\n');
        }
    }

    private static void AppendProblems(StringBuilder html, List<KnowledgeProblem> problems)
    {
        foreach (var problem in problems.Take(MaxProblems))
        {
            html.Append(CultureInfo.InvariantCulture, $"• <code>{Html.Escape(problem.File)}:{problem.Line}</code> {Html.Escape(problem.Message)}\n");
        }

        if (problems.Count > MaxProblems)
        {
            html.Append(CultureInfo.InvariantCulture, $"…dan {problems.Count - MaxProblems} lagi.\n");
        }
    }
}
