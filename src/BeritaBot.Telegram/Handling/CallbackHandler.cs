using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Callbacks;
using BeritaBot.Telegram.Rendering;
using BeritaBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Handling;

/// <summary>
/// Button presses. Every callback query gets answered, or the user's client keeps spinning; but that answer is a
/// courtesy, and when it fails (400 "query is too old" after a late acknowledgement) the reply is still sent.
/// </summary>
public sealed class CallbackHandler
{
    private readonly IAnswerService _answers;
    private readonly IConversationMemory _conversations;
    private readonly ReaderVotes _votes;
    private readonly IKnowledgeEditor _editor;
    private readonly CallbackData _callbackData;
    private readonly FloodGuard _flood;
    private readonly AdminPolicy _admins;
    private readonly AnswerRenderer _answerRenderer;
    private readonly ListRenderer _lists;
    private readonly TelegramSender _sender;
    private readonly ILogger<CallbackHandler> _logger;

    public CallbackHandler(
        IAnswerService answers,
        IConversationMemory conversations,
        ReaderVotes votes,
        IKnowledgeEditor editor,
        CallbackData callbackData,
        FloodGuard flood,
        AdminPolicy admins,
        AnswerRenderer answerRenderer,
        ListRenderer lists,
        TelegramSender sender,
        ILogger<CallbackHandler> logger)
    {
        _answers = answers;
        _conversations = conversations;
        _votes = votes;
        _editor = editor;
        _callbackData = callbackData;
        _flood = flood;
        _admins = admins;
        _answerRenderer = answerRenderer;
        _lists = lists;
        _sender = sender;
        _logger = logger;
    }

    public async Task HandleAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var decision = _flood.Check(callback.From.Id);
        if (decision != FloodDecision.Allow)
        {
            await AnswerAsync(callback, decision == FloodDecision.Notify ? TelegramTexts.Flooded : null, cancellationToken);
            return;
        }

        var action = _callbackData.Decode(callback.Data);
        if (action is VoteAction vote)
        {
            await AnswerAsync(callback, Vote(vote, callback), cancellationToken);
            return;
        }

        if (action is null or ExpiredAction)
        {
            await AnswerAsync(callback, TelegramTexts.ButtonExpired, cancellationToken);
            return;
        }

        if (callback.Message is not { } message)
        {
            await AnswerAsync(callback, TelegramTexts.MessageTooOld, cancellationToken);
            return;
        }

        var reader = ConversationScope.Reader(message.Chat, callback.From);
        var (notice, reply) = action switch
        {
            OpenCardAction open => OpenCard(open, reader),
            ShowTopicAction topic => ShowTopic(topic),
            ShowSourceAction source => ShowSource(source),
            AddPhrasingAction add => AddPhrasing(add, callback.From),
            _ => (TelegramTexts.ButtonExpired, null),
        };

        await AnswerAsync(callback, notice, cancellationToken);
        if (reply is not null)
        {
            var sent = await _sender.SendAsync(message.Chat.Id, reply, message.Id, cancellationToken);
            if (action is OpenCardAction)
            {
                ConversationScope.Sent(_conversations, reader, message.Chat.Id, sent);
            }
        }
    }

    /// <summary>A suggested question pressed: its card becomes what the reader's conversation is about.</summary>
    private (string? Notice, OutgoingMessage? Reply) OpenCard(OpenCardAction open, ConversationKey reader)
    {
        var answer = _answers.AnswerCard(open.CardId, open.Language);
        _conversations.Remember(reader, answer);

        // A card removed by a reload comes back as NotFound: say so, and still offer what the core suggests.
        return (answer.IsAnswered ? null : TelegramTexts.CardGone, _answerRenderer.Render(answer));
    }

    private (string? Notice, OutgoingMessage? Reply) ShowTopic(ShowTopicAction action)
    {
        var topic = _answers.Topics().FirstOrDefault(t => t.Topic == action.Topic);
        return topic is null ? (TelegramTexts.TopicGone, null) : (null, _lists.Topic(topic));
    }

    private (string? Notice, OutgoingMessage? Reply) ShowSource(ShowSourceAction action)
    {
        var source = _answers.Sources().FirstOrDefault(s => s.Id == action.SourceId);
        return source is null
            ? (TelegramTexts.SourceGone, null)
            : (null, _lists.SourceCards(source, _answers.CardsFromSource(source.Id)));
    }

    private (string? Notice, OutgoingMessage? Reply) AddPhrasing(AddPhrasingAction action, User from)
    {
        if (!_admins.IsAdmin(from.Id))
        {
            _logger.LogWarning("Refused adding a phrasing for a reader who is not an admin");
            return (TelegramTexts.AdminOnly, null);
        }

        if (action.CardId is null || action.Question is null)
        {
            return (TelegramTexts.ButtonExpired, null);
        }

        var admin = _admins.AuditName(from.Id);
        var result = _editor.AddPhrasing(action.CardId, action.Question, admin);
        _logger.LogInformation(
            "{Admin} added a phrasing to card {CardId}: succeeded {Succeeded}",
            admin,
            action.CardId,
            result.Succeeded);
        return (result.Succeeded ? TelegramTexts.PhrasingAdded : TelegramTexts.PhrasingFailed, new OutgoingMessage(AdminRenderer.Edit(result)));
    }

    private string Vote(VoteAction vote, CallbackQuery callback)
    {
        if (vote.CardId is null)
        {
            return TelegramTexts.ButtonExpired;
        }

        // After a restart the token is gone; the answer message quotes the question it answered.
        var question = vote.Question ?? QuestionFromReply(callback.Message) ?? string.Empty;
        return _votes.Vote(
            TelegramTexts.AskContextPlatform,
            callback.From.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            vote.CardId,
            question,
            vote.Helpful);
    }

    private static string? QuestionFromReply(Message? answerMessage)
    {
        var text = answerMessage?.ReplyToMessage?.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.StartsWith('/'))
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            text = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        }

        return text.Length == 0 ? null : text;
    }

    private async Task AnswerAsync(CallbackQuery callback, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await _sender.AnswerCallbackAsync(callback.Id, text, cancellationToken);
        }
        catch (RequestException ex)
        {
            _logger.LogWarning(ex, "Could not acknowledge a button press (answerCallbackQuery); its reply is sent anyway");
        }
    }
}
