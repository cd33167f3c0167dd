using System.Globalization;
using System.Text;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
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

    public static string Reload(ReloadResult result) => Reload(ReloadView.From(result));

    public static string Reload(ReloadView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new StringBuilder(view.Succeeded ? "✅ " : "❌ ").Append(Html.Bold(view.Summary));
        foreach (var change in view.Changes)
        {
            html.Append('\n').Append(Html.Escape(change.Plain));
        }

        if (view.Problems.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"\n\n<b>{view.ProblemsHeading}:</b>\n");
            AppendProblems(html, view.Problems);
        }

        foreach (var instance in view.Instances)
        {
            html.Append('\n').Append(Html.Escape(instance));
        }

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
        var html = new StringBuilder(Html.Bold(PresentationTexts.ReportHeading));
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

    private static void AppendProblems(StringBuilder html, IReadOnlyList<KnowledgeProblem> problems)
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
