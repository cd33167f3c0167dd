using System.Globalization;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rendering;

/// <summary>Renders admin results: reloads, the editors' report and phrasing edits. All ephemeral.</summary>
public static class AdminRenderer
{
    public const int MaxReportButtons = 10;

    public static InteractionCallbackData Reload(ReloadView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { view.Summary };
        lines.AddRange(view.Details);
        return AnswerRenderer.Ephemeral(Text.JoinLines(lines, DiscordLimits.Content, n => $"…dan {n} baris lain"), []);
    }

    public static InteractionCallbackData Report(EditorReport report, Func<UnansweredGroup, string> tokenFor)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tokenFor);
        var unanswered = report.Unanswered
            .Select((g, i) => $"{i + 1}. **{g.Count}×** {Text.EscapeMarkdown(g.Example)}"
                + (g.ClosestCardId is null ? string.Empty : $" (terdekat: `{g.ClosestCardId}`, {Math.Round(g.ClosestConfidence * 100).ToString(CultureInfo.InvariantCulture)}%)"))
            .ToList();
        var unhelpful = report.Unhelpful
            .Select(u => $"• `{u.CardId}`: {u.NotHelpful} tidak membantu, {u.Helpful} membantu")
            .ToList();
        var fields = new List<EmbedField>
        {
            new("Pertanyaan tak terjawab", unanswered.Count == 0 ? "Tidak ada." : Text.JoinLines(unanswered, DiscordLimits.FieldValue, n => $"…dan {n} lagi")),
            new("Jawaban kurang membantu", unhelpful.Count == 0 ? "Tidak ada." : Text.JoinLines(unhelpful, DiscordLimits.FieldValue, n => $"…dan {n} lagi")),
        };
        var since = report.Since is { } s ? " sejak " + DateLabels.Format(DateOnly.FromDateTime(s.UtcDateTime)) : string.Empty;
        var embed = new Embed
        {
            Title = PresentationTexts.ReportHeading + since,
            Description = report.Problem is null
                ? "Tombol di bawah menambahkan pertanyaan tak terjawab sebagai frasa baru ke kartu terdekat."
                : "Laporan tidak lengkap: " + report.Problem,
            Fields = fields,
        };
        var buttons = report.Unanswered
            .Select((g, i) => (Group: g, Number: i + 1))
            .Where(x => x.Group.ClosestCardId is not null)
            .Take(MaxReportButtons)
            .Select(x => Component.Button(
                ButtonStyle.Primary,
                Text.Truncate($"#{x.Number} → {x.Group.ClosestCardId}", DiscordLimits.ButtonLabel),
                CustomIds.AddPhrasing + tokenFor(x.Group)))
            .Chunk(DiscordLimits.ButtonsPerRow)
            .Select(chunk => Component.Row(chunk))
            .ToList();
        return ListRenderer.Message(embed, buttons) with { Flags = MessageFlags.Ephemeral };
    }

    public static InteractionCallbackData Edit(KnowledgeEditResult result, CardQuestion target)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(target);
        var text = result.Succeeded
            ? $"Frasa \"{target.Question}\" ditambahkan ke kartu `{target.CardId}`. {result.Message}"
            : $"Frasa tidak ditambahkan ke `{target.CardId}`: {result.Message}";
        if (!result.Succeeded && result.Reload is { } reload)
        {
            text += "\n" + string.Join('\n', reload.Errors.Select(p => "• " + p));
        }

        return AnswerRenderer.Ephemeral(text, []);
    }
}
