namespace BeritaBot.Telegram.Api.Types;

public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null);
