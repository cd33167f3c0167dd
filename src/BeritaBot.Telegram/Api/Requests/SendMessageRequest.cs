using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api.Requests;

public sealed class SendMessageRequest() : RequestBase<Message>("sendMessage")
{
    public required long ChatId { get; init; }

    /// <summary>1–4096 characters after entity parsing.</summary>
    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
