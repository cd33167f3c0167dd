using BeritaBot.Core.Answering;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rendering;

/// <summary>Translates the core's <see cref="AnswerView"/> into a Discord message. Never presents a decline as an answer.</summary>
public static class AnswerRenderer
{
    public const int AnswerColor = 0x2B6CB0;

    /// <param name="feedbackToken">A <see cref="ButtonTokens"/> token for the vote buttons; null for none.</param>
    public static InteractionCallbackData Render(AnswerView view, string? feedbackToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view switch
        {
            CardAnswerView card => Embedded(view, card.Title, Description(card), card.Sources, card.Confidence, feedbackToken),
            ArticleAnswerView article => Embedded(view, article.Title, article.Text, article.Sources, article.Confidence, null),

            // Only the asker sees a decline: a public channel gets no non-answer noise.
            NotCoveredView notCovered => Ephemeral(
                WithNote(view, $"{notCovered.Message}\n\n{notCovered.Coverage}" + (notCovered.Sources.Count > 0 ? $"\n\n{view.SourcesHeading}:\n{SourcesField(notCovered.Sources)}" : string.Empty)),
                FollowUpRows(view)),
            DeclineView decline => Ephemeral(WithNote(view, decline.Message), FollowUpRows(view)),
            GreetingView greeting => Ephemeral(greeting.Message, []),
            InvalidQuestionView invalid => Ephemeral(invalid.Message, []),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view.GetType().Name, "Unknown kind of answer."),
        };
    }

    /// <summary>A follow-up read with the conversation's topic says so first ("*(tentang …)*"), so a wrong guess is visible.</summary>
    private static string WithNote(AnswerView view, string text) =>
        view.TopicNote is { } note ? $"*{Text.EscapeMarkdown(note)}*\n{text}" : text;

    public static string SourcesField(IReadOnlyList<SourceLine> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var lines = sources.Select(SourceLine).ToList();
        return Text.JoinLines(lines, DiscordLimits.FieldValue, n => $"…dan {n} sumber lain");
    }

    public static string SourceLine(SourceLine source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var title = Text.EscapeMarkdown(source.Title);
        var linked = source.Url is { } url ? $"[{title}]({url})" : title;
        var date = source.Date is { } published ? ", " + published : string.Empty;
        return $"• **{Text.EscapeMarkdown(source.Outlet)}**: {linked}{date}";
    }

    public static InteractionCallbackData Ephemeral(string text, IReadOnlyList<Component> components) => new()
    {
        Content = MessageParts.Content(text),
        Components = components,
        Flags = MessageFlags.Ephemeral,
        AllowedMentions = AllowedMentions.None,
    };

    private static string Description(CardAnswerView card) => card.LaterDevelopments.Count == 0
        ? card.Text
        : card.Text + "\n\n" + string.Join('\n', card.LaterDevelopments.Select(l => l.Plain));

    private static InteractionCallbackData Embedded(
        AnswerView view, string title, string description, IReadOnlyList<SourceLine> sources, ConfidenceLabel confidence, string? feedbackToken)
    {
        var components = FollowUpRows(view).ToList();
        if (feedbackToken is not null)
        {
            components.Add(Component.Row(
            [
                Component.Button(ButtonStyle.Success, PresentationTexts.Helpful, CustomIds.FeedbackButton(feedbackToken, helpful: true)),
                Component.Button(ButtonStyle.Danger, PresentationTexts.NotHelpful, CustomIds.FeedbackButton(feedbackToken, helpful: false)),
            ]));
        }

        var fields = sources.Count == 0 ? new List<EmbedField>() : [new EmbedField(view.SourcesHeading, SourcesField(sources))];
        var embed = EmbedFitter.Fit(new Embed
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Description = WithNote(view, description),
            Color = AnswerColor,
            Fields = fields,
            Footer = new EmbedFooter(confidence.Text),
        });
        return new InteractionCallbackData
        {
            Embeds = [embed],
            Components = components,
            AllowedMentions = AllowedMentions.None,
        };
    }

    private static IReadOnlyList<Component> FollowUpRows(AnswerView view) =>
        MessageParts.FollowUpRow(view.FollowUps) is { } row ? [row] : [];
}
