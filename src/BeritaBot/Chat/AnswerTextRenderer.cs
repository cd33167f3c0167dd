using System.Globalization;
using System.Text;
using BeritaBot.Core.Presentation;

namespace BeritaBot.Host.Chat;

/// <summary>Renders the presentation model as plain text, for the console chat and one-shot <c>ask</c>.</summary>
public static class AnswerTextRenderer
{
    /// <param name="interactive">
    /// True in the console chat, where follow-ups are numbered and opened by typing the number; one-shot <c>ask</c>
    /// lists them as plain questions, since nothing can be typed afterwards.
    /// </param>
    public static string Render(AnswerView view, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sb = new StringBuilder();
        if (view.TopicNote is { } note)
        {
            // What a follow-up was read as, so a wrong guess is visible.
            sb.AppendLine(note);
        }

        switch (view)
        {
            case CardAnswerView card:
                sb.AppendLine(CultureInfo.InvariantCulture, $"■ {card.Title}");
                sb.AppendLine(card.Text);
                if (card.LaterDevelopments.Count > 0)
                {
                    sb.AppendLine();
                    foreach (var later in card.LaterDevelopments)
                    {
                        sb.AppendLine(later.Plain);
                    }
                }

                AppendSources(sb, view, card.Sources);
                sb.AppendLine(card.Confidence.Text);
                break;
            case ArticleAnswerView article:
                sb.AppendLine(CultureInfo.InvariantCulture, $"■ {article.Title}");
                sb.AppendLine(article.Text);
                AppendSources(sb, view, article.Sources);
                sb.AppendLine(article.Confidence.Text);
                break;
            case NotCoveredView notCovered:
                // A decline that says what the coverage does report cites it too, but never as an answer.
                sb.AppendLine(notCovered.Message);
                sb.AppendLine();
                sb.AppendLine(notCovered.Coverage);
                AppendSources(sb, view, notCovered.Sources);
                break;
            case DeclineView decline:
                sb.AppendLine(decline.Message);
                break;
            case GreetingView greeting:
                sb.AppendLine(greeting.Message);
                break;
            case InvalidQuestionView invalid:
                sb.AppendLine(invalid.Message);
                break;
        }

        AppendFollowUps(sb, view, interactive);
        return sb.ToString().TrimEnd();
    }

    private static void AppendSources(StringBuilder sb, AnswerView view, IReadOnlyList<SourceLine> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine(view.SourcesHeading + ":");
        foreach (var source in sources)
        {
            sb.AppendLine("  - " + source.Plain);
        }
    }

    private static void AppendFollowUps(StringBuilder sb, AnswerView view, bool interactive)
    {
        if (view.FollowUps.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine(interactive
            ? $"{view.FollowUpHeading} ({PresentationTexts.TypeTheNumber(view.Language)}):"
            : view.FollowUpHeading + ":");
        for (var i = 0; i < view.FollowUps.Count; i++)
        {
            var marker = interactive ? string.Create(CultureInfo.InvariantCulture, $"[{i + 1}]") : "-";
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {marker} {view.FollowUps[i].Question}");
        }
    }
}
