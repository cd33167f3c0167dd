using System.Text;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Presentation;
using BeritaBot.Telegram.Callbacks;
using Telegram.Bot.Types.ReplyMarkups;

namespace BeritaBot.Telegram.Rendering;

/// <summary>Translates the core's <see cref="AnswerView"/> into a Telegram message: HTML card, sources, follow-up buttons.</summary>
public sealed class AnswerRenderer
{
    public const string HelpfulLabel = "👍 " + PresentationTexts.Helpful;
    public const string NotHelpfulLabel = "👎 " + PresentationTexts.NotHelpful;

    private readonly CallbackData _callbacks;
    private readonly AnswerPresenter _presenter;

    public AnswerRenderer(CallbackData callbacks, AnswerPresenter presenter)
    {
        _callbacks = callbacks;
        _presenter = presenter;
    }

    public OutgoingMessage Render(Answer answer) => Render(_presenter.Present(answer));

    public OutgoingMessage Render(AnswerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = view switch
        {
            CardAnswerView card => Card(card.Title, card.Text, card.LaterDevelopments.Select(l => l.Plain), card.Sources, view),
            ArticleAnswerView article => Card(article.Title, article.Text, [], article.Sources, view),

            // Declines never show the candidate's text as fact: the message, and for a near miss what is reported.
            NotCoveredView notCovered => Html.Escape(notCovered.Message) + "\n\n" + Html.Escape(notCovered.Coverage) + SourceLines(notCovered.Sources, view),
            DeclineView decline => Html.Escape(decline.Message),
            GreetingView greeting => Html.Escape(greeting.Message),
            InvalidQuestionView invalid => Html.Escape(invalid.Message),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view.GetType().Name, "Unknown kind of answer."),
        };
        html = NoteLine(view) + html;
        var rows = view.FollowUps
            .Select(f => (IReadOnlyList<InlineKeyboardButton>)[FollowUpButton(f)])
            .ToList();
        if (view is CardAnswerView answered)
        {
            rows.Add(
            [
                InlineKeyboardButton.WithCallbackData(HelpfulLabel, _callbacks.Vote(true, answered.CardId, answered.Question)),
                InlineKeyboardButton.WithCallbackData(NotHelpfulLabel, _callbacks.Vote(false, answered.CardId, answered.Question)),
            ]);
        }

        return new OutgoingMessage(html, Buttons.Keyboard(rows));
    }

    /// <summary>A card's answer as HTML (inline mode shows it without buttons); null when the answer is not one.</summary>
    public string? CardHtml(Answer answer) => _presenter.Present(answer) is CardAnswerView card
        ? Card(card.Title, card.Text, card.LaterDevelopments.Select(l => l.Plain), card.Sources, card)
        : null;

    public InlineKeyboardButton FollowUpButton(FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return InlineKeyboardButton.WithCallbackData(Buttons.Label(followUp.Question), _callbacks.OpenCard(followUp.CardId, followUp.Language));
    }

    public InlineKeyboardButton FollowUpButton(CardReference card) => FollowUpButton(FollowUp.From(card, AnswerLanguage.Indonesian));

    /// <summary>What a follow-up was read as ("(tentang …)"), so a wrong guess is visible; empty for a question that stood alone.</summary>
    private static string NoteLine(AnswerView view) => view.TopicNote is { } note ? Html.Italic(note) + "\n" : string.Empty;

    public static string SourceLine(SourceLine source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = new StringBuilder()
            .Append(Html.Escape(source.Outlet))
            .Append(", “")
            .Append(Html.Link(source.Title, source.Url))
            .Append('”');
        if (source.Date is { } date)
        {
            line.Append(", ").Append(date);
        }

        return line.ToString();
    }

    /// <summary>Bold title, answer, later developments, then one "Sumber:" line per cited article.</summary>
    private static string Card(string title, string text, IEnumerable<string> later, IReadOnlyList<SourceLine> sources, AnswerView view)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(title))
        {
            builder.Append(Html.Bold(title)).Append("\n\n");
        }

        builder.Append(Html.Escape(text.Trim()));
        var laterLines = later.ToList();
        if (laterLines.Count > 0)
        {
            builder.Append("\n\n").Append(Html.Escape(string.Join('\n', laterLines)));
        }

        if (sources.Count > 0)
        {
            builder.Append('\n');
        }

        builder.Append(SourceLines(sources, view));
        return builder.ToString();
    }

    /// <summary>One "Sumber:" / "Source:" line per cited article, each starting on a new line.</summary>
    private static string SourceLines(IReadOnlyList<SourceLine> sources, AnswerView view) =>
        string.Concat(sources.Select(s => $"\n{view.SourcesHeading}: " + SourceLine(s)));
}
