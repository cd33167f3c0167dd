using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using BeritaBot.Telegram.Rendering;
using BeritaBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BeritaBot.Telegram.Handling;

/// <summary>Text messages: questions and commands, once addressing and the flood limit let them through.</summary>
public sealed class MessageHandler
{
    private static readonly AskContext TelegramContext = new(TelegramTexts.AskContextPlatform);

    private readonly IAnswerService _answers;
    private readonly IConversationMemory _conversations;
    private readonly IKnowledgeStore _store;
    private readonly IEditorReportService _reports;
    private readonly BotIdentity _me;
    private readonly FloodGuard _flood;
    private readonly AdminPolicy _admins;
    private readonly AnswerRenderer _answerRenderer;
    private readonly ListRenderer _lists;
    private readonly AdminRenderer _adminRenderer;
    private readonly TelegramSender _sender;
    private readonly ILogger<MessageHandler> _logger;

    public MessageHandler(
        IAnswerService answers,
        IConversationMemory conversations,
        IKnowledgeStore store,
        IEditorReportService reports,
        BotIdentity me,
        FloodGuard flood,
        AdminPolicy admins,
        AnswerRenderer answerRenderer,
        ListRenderer lists,
        AdminRenderer adminRenderer,
        TelegramSender sender,
        ILogger<MessageHandler> logger)
    {
        _answers = answers;
        _conversations = conversations;
        _store = store;
        _reports = reports;
        _me = me;
        _flood = flood;
        _admins = admins;
        _answerRenderer = answerRenderer;
        _lists = lists;
        _adminRenderer = adminRenderer;
        _sender = sender;
        _logger = logger;
    }

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.From is not { IsBot: false } from)
        {
            return;
        }

        var addressed = MessageAddressing.Resolve(message, _me);
        if (addressed is null)
        {
            return;
        }

        switch (_flood.Check(from.Id))
        {
            case FloodDecision.Notify:
                _logger.LogInformation("A reader in {Chat} is over the message limit; sent one notice", ChatLog.Describe(message.Chat.Id));
                await ReplyAsync(message, new OutgoingMessage(Html.Escape(TelegramTexts.Flooded)), cancellationToken);
                return;
            case FloodDecision.Drop:
                return;
        }

        var reader = ConversationScope.Reader(message.Chat, from);
        // "/tanya …" is a question like any other; every other command is answered here.
        if (addressed.Command is { } command && !(command == BotCommands.Ask && addressed.Text.Length > 0))
        {
            if (Command(command, addressed.Text, message, from, reader) is { } reply)
            {
                await ReplyAsync(message, reply, cancellationToken);
            }

            return;
        }

        await AskAsync(addressed.Text, message, reader, cancellationToken);
    }

    /// <summary>
    /// Answers in the reader's conversation; a reply to one of the bot's answers first takes up that answer's
    /// conversation, however the reader's own went on since.
    /// </summary>
    private async Task AskAsync(string question, Message message, ConversationKey reader, CancellationToken cancellationToken)
    {
        if (message.ReplyToMessage is { From: { } author } answered && _me.Id != 0 && author.Id == _me.Id)
        {
            _conversations.Share(ConversationScope.Answer(message.Chat.Id, answered.Id), reader);
        }

        var reply = _answerRenderer.Render(_answers.Ask(question, TelegramContext with { Conversation = reader }));
        ConversationScope.Sent(_conversations, reader, message.Chat.Id, await ReplyAsync(message, reply, cancellationToken));
    }

    private OutgoingMessage? Command(string command, string argument, Message message, User from, ConversationKey reader)
    {
        switch (command)
        {
            case BotCommands.Start:
                _conversations.Reset(reader);
                return _lists.Help(_answers.Sources(), _answers.Topics(), _me.Username);
            case BotCommands.Help:
                return _lists.Help(_answers.Sources(), _answers.Topics(), _me.Username);
            case BotCommands.Ask:
                return new OutgoingMessage(Html.Escape(TelegramTexts.AskUsage));
            case BotCommands.Topics:
                return _lists.Topics(_answers.Topics());
            case BotCommands.Sources:
                return _lists.Sources(_answers.Sources());
            case BotCommands.Timeline:
                var keyword = argument.Length == 0 ? null : argument;
                return _lists.Timeline(TimelineView.From(_answers.Timeline(keyword), keyword));
            case BotCommands.Reload:
                return AdminOnly(command, message, from, () =>
                {
                    var admin = _admins.AuditName(from.Id);
                    var result = _store.Reload(admin);
                    _logger.LogInformation(
                        "{Admin} reloaded the knowledge: succeeded {Succeeded}, {Diff}",
                        admin,
                        result.Succeeded,
                        result.Diff.ToString());
                    return new OutgoingMessage(AdminRenderer.Reload(result));
                });
            case BotCommands.Report:
                return AdminOnly(command, message, from, () =>
                    _adminRenderer.Report(_reports.Build(new ReportQuery()), _store.Current.CardsById));
            default:
                // A bare unknown command in a group may be another bot's; only answer where it is surely ours.
                var surelyOurs = message.Chat.Type == ChatType.Private || (message.Text ?? string.Empty).Contains('@', StringComparison.Ordinal);
                return surelyOurs ? new OutgoingMessage(Html.Escape(TelegramTexts.UnknownCommand)) : null;
        }
    }

    private OutgoingMessage AdminOnly(string command, Message message, User from, Func<OutgoingMessage> action)
    {
        if (_admins.IsAdmin(from.Id))
        {
            return action();
        }

        _logger.LogWarning("Refused admin command {Command} from a reader who is not an admin", command);

        // The reader learns their own id here, to hand to whoever runs the bot; logs never hold it.
        return new OutgoingMessage(Html.Escape(message.Chat.Type == ChatType.Private ? TelegramTexts.AdminOnlyWithId(from.Id) : TelegramTexts.AdminOnly));
    }

    private Task<IReadOnlyList<int>> ReplyAsync(Message message, OutgoingMessage reply, CancellationToken cancellationToken) =>
        _sender.SendAsync(message.Chat.Id, reply, message.Id, cancellationToken);
}
