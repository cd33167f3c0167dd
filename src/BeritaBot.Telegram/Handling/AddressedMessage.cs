namespace BeritaBot.Telegram.Handling;

/// <summary>A message meant for the bot: a command (name lower-cased, without slash or @bot) or a question.</summary>
public sealed record AddressedMessage(string? Command, string Text)
{
    public bool IsCommand => Command is not null;
}
