namespace BeritaBot.Telegram.Api.Types;

/// <param name="Id">Unique within the answer, 1–64 bytes.</param>
public sealed record InlineQueryResultArticle(
    string Id,
    string Title,
    InputTextMessageContent InputMessageContent,
    string? Description = null,
    InlineKeyboardMarkup? ReplyMarkup = null)
{
    public string Type { get; init; } = "article";
}
