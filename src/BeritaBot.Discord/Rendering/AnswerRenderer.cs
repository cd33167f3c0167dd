using BeritaBot.Core.Knowledge;
using System.Globalization;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rendering;

/// <summary>Turns a core <see cref="Answer"/> into a Discord message. Never presents a decline as an answer.</summary>
public static class AnswerRenderer
{
    public const int MaxFollowUpButtons = 3;
    public const int AnswerColor = 0x2B6CB0;

    /// <param name="feedbackToken">A <see cref="ButtonTokens"/> token for the vote buttons; null for none.</param>
    public static InteractionCallbackData Render(Answer answer, string? feedbackToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var english = answer.Language == AnswerLanguage.English;
        if (answer.Status == AnswerStatus.Invalid)
        {
            return Ephemeral(answer.Text, []);
        }

        if (answer.Status == AnswerStatus.NotFound)
        {
            // Only the asker sees "not yet": a public channel gets no non-answer noise.
            var suggestions = MessageParts.CardButtonRow(answer.Suggestions, DiscordLimits.ButtonsPerRow, english);
            // A decline that says what the coverage does report (a card's not_covered question) cites it too.
            var text = answer.Sources.Count > 0 ? $"{answer.Text}\n\nSumber:\n{SourcesField(answer.Sources)}" : answer.Text;
            text = WithNote(answer, text);
            return Ephemeral(text, suggestions is null ? [] : [suggestions]);
        }

        var components = new List<Component>();
        if (MessageParts.CardButtonRow(answer.Related.Concat(answer.Suggestions).Where(c => c.CardId != answer.CardId), MaxFollowUpButtons, english) is { } followUps)
        {
            components.Add(followUps);
        }

        if (feedbackToken is not null)
        {
            components.Add(Component.Row(
            [
                Component.Button(ButtonStyle.Success, "Membantu", CustomIds.FeedbackButton(feedbackToken, helpful: true)),
                Component.Button(ButtonStyle.Danger, "Tidak membantu", CustomIds.FeedbackButton(feedbackToken, helpful: false)),
            ]));
        }

        var fields = new List<EmbedField>();
        if (answer.Sources.Count > 0)
        {
            fields.Add(new EmbedField("Sumber", SourcesField(answer.Sources)));
        }

        var embed = EmbedFitter.Fit(new Embed
        {
            Title = string.IsNullOrWhiteSpace(answer.Title) ? null : answer.Title,
            Description = WithNote(answer, answer.Text),
            Color = AnswerColor,
            Fields = fields,
            Footer = new EmbedFooter(Footer(answer)),
        });
        return new InteractionCallbackData
        {
            Embeds = [embed],
            Components = components,
            AllowedMentions = AllowedMentions.None,
        };
    }

    /// <summary>A follow-up read with the conversation's topic says so first ("*(tentang …)*"), so a wrong guess is visible.</summary>
    private static string WithNote(Answer answer, string text) =>
        TopicNote.Of(answer) is { } note ? $"*{Text.EscapeMarkdown(note)}*\n{text}" : text;

    public static string SourcesField(IReadOnlyList<SourceReference> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var lines = sources.Select(SourceLine).ToList();
        return Text.JoinLines(lines, DiscordLimits.FieldValue, n => $"…dan {n} sumber lain");
    }

    public static string SourceLine(SourceReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var title = Text.EscapeMarkdown(source.Title);
        var linked = source.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out _) ? $"[{title}]({url})" : title;
        var date = source.Published is { } published ? ", " + DateLabels.Format(published) : string.Empty;
        return $"• **{Text.EscapeMarkdown(source.Outlet)}**: {linked}{date}";
    }

    public static string Footer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var band = answer.Band switch
        {
            ConfidenceBand.High => "tinggi",
            ConfidenceBand.Medium => "sedang",
            _ => "rendah",
        };
        var percent = Math.Round(Math.Clamp(answer.Confidence, 0, 1) * 100).ToString(CultureInfo.InvariantCulture);
        return $"Keyakinan: {band} ({percent}%)";
    }

    public static InteractionCallbackData Ephemeral(string text, IReadOnlyList<Component> components) => new()
    {
        Content = MessageParts.Content(text),
        Components = components,
        Flags = MessageFlags.Ephemeral,
        AllowedMentions = AllowedMentions.None,
    };
}
