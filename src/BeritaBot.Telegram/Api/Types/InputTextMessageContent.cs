namespace BeritaBot.Telegram.Api.Types;

/// <summary>The message an inline result sends when chosen.</summary>
public sealed record InputTextMessageContent(
    string MessageText,
    string? ParseMode = null,
    LinkPreviewOptions? LinkPreviewOptions = null);
