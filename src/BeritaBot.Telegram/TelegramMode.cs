namespace BeritaBot.Telegram;

public enum TelegramMode
{
    /// <summary>Long polling with getUpdates: works anywhere, needs no public URL.</summary>
    Polling,

    /// <summary>Telegram posts updates to a public HTTPS URL served by the adapter.</summary>
    Webhook,
}
