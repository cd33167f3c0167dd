using BeritaBot.Core.Knowledge;
using System.Text;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using Telegram.Bot.Types.ReplyMarkups;
using BeritaBot.Telegram.Callbacks;

namespace BeritaBot.Telegram.Rendering;

/// <summary>Turns the core's <see cref="Answer"/> into a Telegram message: HTML card, sources, follow-up buttons.</summary>
public sealed class AnswerRenderer
{
    public const int MaxFollowUps = 3;
    public const string HelpfulLabel = "👍 Membantu";
    public const string NotHelpfulLabel = "👎 Tidak membantu";

    private readonly CallbackData _callbacks;

    public AnswerRenderer(CallbackData callbacks)
    {
        _callbacks = callbacks;
    }

    public OutgoingMessage Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        if (answer.Status == AnswerStatus.Invalid)
        {
            return new OutgoingMessage(Html.Escape(answer.Text));
        }

        // Declines never show the candidate's text as fact: only the decline message and the closest questions.
        var html = answer.IsAnswered ? RenderCard(answer) : NoteLine(answer) + Html.Escape(answer.Text) + SourceLines(answer);
        var followUps = answer.IsAnswered ? answer.Related.Concat(answer.Suggestions) : answer.Suggestions.Concat(answer.Related);
        rows.AddRange(followUps
            .Where(r => r.CardId != answer.CardId)
            .DistinctBy(r => r.CardId)
            .Take(MaxFollowUps)
            .Select(r => (IReadOnlyList<InlineKeyboardButton>)[FollowUpButton(r, answer.Language)]));

        if (answer.IsAnswered && answer.CardId is not null)
        {
            rows.Add(
            [
                InlineKeyboardButton.WithCallbackData(HelpfulLabel, _callbacks.Vote(true, answer.CardId, answer.Question)),
                InlineKeyboardButton.WithCallbackData(NotHelpfulLabel, _callbacks.Vote(false, answer.CardId, answer.Question)),
            ]);
        }

        return new OutgoingMessage(html, Buttons.Keyboard(rows));
    }

    public InlineKeyboardButton FollowUpButton(CardReference card, AnswerLanguage language = AnswerLanguage.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(card);
        var label = string.IsNullOrWhiteSpace(card.Question) ? card.Title : card.Question;
        return InlineKeyboardButton.WithCallbackData(Buttons.Label(label), _callbacks.OpenCard(card.CardId, language));
    }

    /// <summary>What a follow-up was read as ("(tentang …)"), so a wrong guess is visible; empty for a question that stood alone.</summary>
    private static string NoteLine(Answer answer) => TopicNote.Of(answer) is { } note ? Html.Italic(note) + "\n" : string.Empty;

    /// <summary>The card as HTML: bold title, answer, then one "Sumber:" line per cited article.</summary>
    public static string RenderCard(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var builder = new StringBuilder(NoteLine(answer));
        if (!string.IsNullOrWhiteSpace(answer.Title))
        {
            builder.Append(Html.Bold(answer.Title)).Append("\n\n");
        }

        builder.Append(Html.Escape(answer.Text.Trim()));
        if (answer.Sources.Count > 0)
        {
            builder.Append('\n');
        }

        builder.Append(SourceLines(answer));

        return builder.ToString();
    }

    /// <summary>One "Sumber:" line per cited article, each starting on a new line.</summary>
    private static string SourceLines(Answer answer) =>
        string.Concat(answer.Sources.Select(s => "\nSumber: " + SourceLine(s, answer.Language)));

    public static string SourceLine(SourceReference source, AnswerLanguage language = AnswerLanguage.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = new StringBuilder()
            .Append(Html.Escape(source.Outlet))
            .Append(", “")
            .Append(Html.Link(source.Title, source.Url))
            .Append('”');
        if (source.Published is { } published)
        {
            line.Append(", ").Append(DateLabels.Format(published, english: language == AnswerLanguage.English));
        }

        return line.ToString();
    }
}
