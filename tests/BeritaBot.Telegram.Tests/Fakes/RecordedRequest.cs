using System.Text.Json.Nodes;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <param name="Scripted">True when a scripted fault answered it instead of the normal behaviour.</param>
public sealed record RecordedRequest(string Method, JsonObject Body, bool Scripted)
{
    public long? ChatId => Body["chat_id"]?.GetValue<long>();

    public string? Text => Body["text"]?.GetValue<string>();

    /// <summary>As sent; the Bot API reads it case-insensitively, and Telegram.Bot writes "Html" for HTML.</summary>
    public string? ParseMode => Body["parse_mode"]?.GetValue<string>();

    public long? ReplyToMessageId => Body["reply_parameters"]?["message_id"]?.GetValue<long>();

    /// <summary>The inline keyboard as rows of (text, callback_data).</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, string Data)>> Keyboard =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .Select(row => (IReadOnlyList<(string, string)>)row!.AsArray()
                .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? string.Empty))
                .ToList())
            .ToList()
        ?? [];

    public IEnumerable<(string Text, string Data)> Buttons => Keyboard.SelectMany(r => r);

    /// <summary>For a sent message: the id the fake Bot API gave it, as a reader replying to it would quote.</summary>
    public long? SentMessageId { get; init; }
}
