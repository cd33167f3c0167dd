namespace BeritaBot.Discord.Payloads;

public static class MessageFlags
{
    /// <summary>Only the invoking user sees the message.</summary>
    public const int Ephemeral = 64;
}
