using System.Collections.Concurrent;
using BeritaBot.Telegram.Api;
using BeritaBot.Telegram.Api.Requests;
using BeritaBot.Telegram.Api.Types;
using BeritaBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Sending;

/// <summary>
/// Sends replies the way Telegram wants them: split to fit, HTML, no link previews, paced per chat, retried after
/// flood waits and server errors, and moved to the new chat when a group became a supergroup.
/// </summary>
public sealed class TelegramSender
{
    public const string HtmlParseMode = "HTML";

    private readonly ITelegramBotApi _api;
    private readonly ChatPacer _pacer;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramSender> _logger;
    private readonly int _maxAttempts;
    private readonly ConcurrentDictionary<long, long> _migrated = new();

    public TelegramSender(
        ITelegramBotApi api,
        ChatPacer pacer,
        IOptions<TelegramOptions> options,
        TimeProvider time,
        ILogger<TelegramSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _api = api;
        _pacer = pacer;
        _time = time;
        _logger = logger;
        _backoff = Backoff.From(options.Value);
        _maxAttempts = options.Value.SendMaxAttempts;
    }

    /// <summary>Sends a message, quoting <paramref name="replyToMessageId"/> in its first part.</summary>
    public async Task SendAsync(long chatId, OutgoingMessage message, long? replyToMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = MessageSplitter.Split(message.Html);
        for (var i = 0; i < parts.Count; i++)
        {
            var text = parts[i];
            var quote = i == 0 ? replyToMessageId : null;
            var keyboard = i == parts.Count - 1 ? message.Keyboard : null;
            await ExecuteAsync(
                chatId,
                paced: true,
                (target, migrated, ct) => _api.SendMessageAsync(
                    new SendMessageRequest
                    {
                        ChatId = target,
                        Text = text,
                        ParseMode = HtmlParseMode,
                        LinkPreviewOptions = LinkPreviewOptions.Disabled,

                        // The quoted message stays in the old chat when a group migrates.
                        ReplyParameters = quote is { } id && !migrated ? new ReplyParameters(id, AllowSendingWithoutReply: true) : null,
                        ReplyMarkup = keyboard,
                    },
                    ct),
                cancellationToken);
        }
    }

    public Task AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        ExecuteAsync(
            chatId: 0,
            paced: false,
            (_, _, ct) => _api.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest { CallbackQueryId = callbackQueryId, Text = text }, ct),
            cancellationToken);

    public Task AnswerInlineAsync(AnswerInlineQueryRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(chatId: 0, paced: false, (_, _, ct) => _api.AnswerInlineQueryAsync(request, ct), cancellationToken);

    private async Task<T> ExecuteAsync<T>(
        long chatId,
        bool paced,
        Func<long, bool, CancellationToken, Task<T>> call,
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
                return await call(target, target != chatId, cancellationToken);
            }
            catch (RequestException ex) when (attempt < _maxAttempts && ApiFaults.MigrateTo(ex) is { } newChatId)
            {
                _logger.LogInformation("Chat {ChatId} became supergroup {NewChatId}; sending there", target, newChatId);
                _migrated[chatId] = newChatId;
                target = newChatId;
            }
            catch (RequestException ex) when (attempt < _maxAttempts && ApiFaults.RetryAfter(ex) is { } wait)
            {
                _logger.LogWarning("Telegram flood control in chat {ChatId}: waiting {RetryAfter} before retrying", target, wait);
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
