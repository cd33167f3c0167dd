namespace BeritaBot.Telegram.Api.Types;

public sealed class Message
{
    public long MessageId { get; set; }

    public User? From { get; set; }

    public Chat Chat { get; set; } = new();

    /// <summary>Unix time in seconds.</summary>
    public long Date { get; set; }

    public string? Text { get; set; }

    public IReadOnlyList<MessageEntity>? Entities { get; set; }

    public Message? ReplyToMessage { get; set; }

    /// <summary>Set on the service message a group gets when it becomes a supergroup.</summary>
    public long? MigrateToChatId { get; set; }
}
