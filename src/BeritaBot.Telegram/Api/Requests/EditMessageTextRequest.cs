using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api.Requests;

/// <summary>Edits a message the bot sent in a chat (inline messages are not supported here).</summary>
public sealed class EditMessageTextRequest() : RequestBase<Message>("editMessageText")
{
    public required long ChatId { get; init; }

    public required long MessageId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
