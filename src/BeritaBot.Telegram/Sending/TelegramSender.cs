using System.Collections.Concurrent;
using BeritaBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace BeritaBot.Telegram.Sending;

/// <summary>
/// Sends replies the way Telegram wants them: split to fit, HTML, no link previews, paced per chat, retried after
/// flood waits and server errors, and moved to the new chat when a group became a supergroup. This is the only
/// retry: the library's own 429 retry is switched off where the client is built.
/// </summary>
public sealed class TelegramSender
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly ITelegramBotClient _bot;
    private readonly ChatPacer _pacer;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramSender> _logger;
    private readonly int _maxAttempts;
    private readonly ConcurrentDictionary<long, long> _migrated = new();

    public TelegramSender(
        ITelegramBotClient bot,
        ChatPacer pacer,
        IOptions<TelegramOptions> options,
        TimeProvider time,
        ILogger<TelegramSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bot = bot;
        _pacer = pacer;
        _time = time;
        _logger = logger;
        _backoff = Backoff.From(options.Value);
        _maxAttempts = options.Value.SendMaxAttempts;
    }

    /// <summary>Sends a message, quoting <paramref name="replyToMessageId"/> in its first part.</summary>
    /// <returns>The ids of the parts Telegram confirmed (a reply to any of them continues this answer's conversation).</returns>
    public async Task<IReadOnlyList<int>> SendAsync(long chatId, OutgoingMessage message, int? replyToMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sent = new List<int>();
        var parts = MessageSplitter.Split(message.Html);
        for (var i = 0; i < parts.Count; i++)
        {
            var text = parts[i];
            var quote = i == 0 ? replyToMessageId : null;
            var keyboard = i == parts.Count - 1 ? message.Keyboard : null;
            await ExecuteAsync(
                chatId,
                paced: true,
                async (target, migrated, ct) => sent.Add((await _bot.SendMessage(
                    target,
                    text,
                    ParseMode.Html,

                    // The quoted message stays in the old chat when a group migrates.
                    replyParameters: quote is { } id && !migrated ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
                    replyMarkup: keyboard,
                    linkPreviewOptions: NoPreview,
                    cancellationToken: ct)).Id),
                cancellationToken);
        }

        return sent;
    }

    public Task AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        ExecuteAsync(
            chatId: 0,
            paced: false,
            (_, _, ct) => _bot.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct),
            cancellationToken);

    public Task AnswerInlineAsync(string inlineQueryId, IReadOnlyList<InlineQueryResult> results, int cacheSeconds, CancellationToken cancellationToken) =>
        ExecuteAsync(
            chatId: 0,
            paced: false,
            (_, _, ct) => _bot.AnswerInlineQuery(inlineQueryId, results, cacheSeconds, cancellationToken: ct),
            cancellationToken);

    private async Task ExecuteAsync(
        long chatId,
        bool paced,
        Func<long, bool, CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        var target = _migrated.TryGetValue(chatId, out var moved) ? moved : chatId;
        for (var attempt = 1; ; attempt++)
        {
            if (paced)
            {
                await _pacer.WaitAsync(target, cancellationToken);
            }

            try
            {
                await call(target, target != chatId, cancellationToken);
                return;
            }
            catch (RequestException ex) when (ApiFaults.IsUnreadableSuccess(ex))
            {
                // Telegram did it; sending again would show the reader the same message twice.
                _logger.LogWarning(ex, "Telegram accepted the call but its reply could not be read; counted as done, not retried");
                return;
            }
            catch (RequestException ex) when (attempt < _maxAttempts && ApiFaults.MigrateTo(ex) is { } newChatId)
            {
                _logger.LogInformation("Chat {ChatId} became supergroup {NewChatId}; sending there", target, newChatId);
                _migrated[chatId] = newChatId;
                target = newChatId;
            }
            catch (RequestException ex) when (attempt < _maxAttempts && ApiFaults.RetryAfter(ex) is { } wait)
            {
                _logger.LogWarning("Telegram flood control in {Chat}: waiting {RetryAfter} before retrying", ChatLog.Describe(target), wait);
                await Task.Delay(wait, _time, cancellationToken);
            }
            catch (RequestException ex) when (attempt < _maxAttempts && ApiFaults.IsTransient(ex))
            {
                var delay = _backoff.Delay(attempt);
                _logger.LogWarning(ex, "Bot API call failed (attempt {Attempt} of {MaxAttempts}); retrying in {Delay}", attempt, _maxAttempts, delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }
}
