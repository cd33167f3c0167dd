namespace BeritaBot.Telegram.Api.Types;

/// <summary>One incoming event. At most one of the optional parts is set.</summary>
public sealed class Update
{
    public long UpdateId { get; set; }

    public Message? Message { get; set; }

    public CallbackQuery? CallbackQuery { get; set; }

    public InlineQuery? InlineQuery { get; set; }
}
