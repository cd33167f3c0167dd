using Telegram.Bot.Types.ReplyMarkups;

namespace BeritaBot.Telegram.Rendering;

/// <summary>A message ready to send: HTML text (split later if too long) and an optional keyboard for its last part.</summary>
public sealed record OutgoingMessage(string Html, InlineKeyboardMarkup? Keyboard = null);
