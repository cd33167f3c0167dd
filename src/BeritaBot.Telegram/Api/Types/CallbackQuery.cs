namespace BeritaBot.Telegram.Api.Types;

/// <summary>A press on an inline keyboard button.</summary>
public sealed class CallbackQuery
{
    public string Id { get; set; } = string.Empty;

    public User From { get; set; } = new();

    /// <summary>The message the button was on; absent when that message is too old.</summary>
    public Message? Message { get; set; }

    public string? Data { get; set; }
}
