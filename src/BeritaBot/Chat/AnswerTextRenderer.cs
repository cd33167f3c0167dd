using System.Globalization;
using System.Text;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Host.Chat;

/// <summary>Renders answers as plain text for the console and <c>ask</c>.</summary>
public static class AnswerTextRenderer
{
    /// <param name="followUps">Receives the cards offered as numbered follow-ups, so the chat can open them by number.</param>
    public static string Render(Answer answer, List<CardReference>? followUps = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var english = answer.Language == AnswerLanguage.English;
        var sb = new StringBuilder();
        if (TopicNote.Of(answer) is { } note)
        {
            // What a follow-up was read as, so a wrong guess is visible.
            sb.AppendLine(note);
        }

        if (answer.IsAnswered)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"■ {answer.Title}");
            sb.AppendLine(answer.Text);
            AppendSources(sb, answer, english);

            var band = answer.Band switch
            {
                ConfidenceBand.High => english ? "high" : "tinggi",
                ConfidenceBand.Medium => english ? "medium" : "sedang",
                _ => english ? "low" : "rendah",
            };
            sb.AppendLine(CultureInfo.InvariantCulture, $"({(english ? "confidence" : "keyakinan")}: {band}, {answer.Confidence:F2})");
        }
        else
        {
            // A decline that says what the coverage does report (a card's not_covered question) cites it too.
            sb.AppendLine(answer.Text);
            AppendSources(sb, answer, english);
        }

        var offered = answer.Related.Concat(answer.Suggestions).DistinctBy(c => c.CardId).Take(5).ToList();
        if (offered.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(answer.IsAnswered
                ? (english ? "See also (type the number):" : "Lihat juga (ketik nomornya):")
                : (english ? "Did you mean (type the number):" : "Mungkin maksud Anda (ketik nomornya):"));
            for (var i = 0; i < offered.Count; i++)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  [{i + 1}] {offered[i].Question}");
            }
        }

        followUps?.Clear();
        followUps?.AddRange(offered);
        return sb.ToString().TrimEnd();
    }

    public static string FormatSource(SourceReference source, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        var date = source.Published is { } d ? ", " + DateLabels.Format(d, DatePrecision.Day, english) : string.Empty;
        return $"{source.Outlet}: \"{source.Title}\"{date}";
    }

    private static void AppendSources(StringBuilder sb, Answer answer, bool english)
    {
        if (answer.Sources.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine(english ? "Sources:" : "Sumber:");
        foreach (var source in answer.Sources)
        {
            sb.AppendLine("  - " + FormatSource(source, english));
        }
    }
}
