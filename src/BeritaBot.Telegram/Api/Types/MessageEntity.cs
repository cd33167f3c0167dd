namespace BeritaBot.Telegram.Api.Types;

/// <summary>A marked span of a message's text. Offsets and lengths are UTF-16 code units, like .NET string indexes.</summary>
public sealed class MessageEntity
{
    /// <summary>"bot_command", "mention", "text_mention", "url", ...</summary>
    public string Type { get; set; } = string.Empty;

    public int Offset { get; set; }

    public int Length { get; set; }

    /// <summary>For "text_mention": the user mentioned (who has no username).</summary>
    public User? User { get; set; }
}
