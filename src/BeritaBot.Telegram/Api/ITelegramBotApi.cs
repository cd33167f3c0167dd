using BeritaBot.Telegram.Api.Requests;
using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api;

/// <summary>
/// The Bot API methods the adapter uses, shaped after the official Telegram.Bot client so it could replace ours.
/// Failures throw <see cref="ApiRequestException"/> (Telegram said no) or <see cref="RequestException"/> (no usable
/// answer); neither carries the token.
/// </summary>
public interface ITelegramBotApi
{
    Task<User> GetMeAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default);

    Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default);

    Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default);

    Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default);

    Task<bool> AnswerInlineQueryAsync(AnswerInlineQueryRequest request, CancellationToken cancellationToken = default);

    Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default);

    Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default);

    Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken = default);
}
