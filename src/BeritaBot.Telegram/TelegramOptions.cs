using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Telegram;

/// <summary>Settings of the Telegram adapter, section "Telegram". Cross-field rules: <see cref="TelegramOptionsValidator"/>.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>From BotFather. Empty: the adapter stays idle. Also read from TELEGRAM_BOT_TOKEN.</summary>
    public string? BotToken { get; set; }

    /// <summary>Every call goes to {ApiBaseUrl}/bot{token}/{method}; a self-hosted Bot API server or a test server differs.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>The bot's username without "@", used only when getMe is unavailable.</summary>
    public string? BotUsername { get; set; }

    /// <summary>Telegram user ids allowed to /reload, /laporan and add phrasings.</summary>
    public long[] AdminUserIds { get; set; } = [];

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public HTTPS URL given to setWebhook; its path is the one served.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: the secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: where the adapter's own HTTP server listens, e.g. http://0.0.0.0:8443.</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8443";

    [Range(0, 300)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>HTTP timeout of every call but getUpdates, whose timeout is the poll timeout plus this.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>A user may send this many messages per <see cref="FloodWindowSeconds"/>; beyond that one notice, then silence.</summary>
    [Range(1, 10_000)]
    public int FloodMaxMessages { get; set; } = 8;

    [Range(1, 86_400)]
    public int FloodWindowSeconds { get; set; } = 30;

    /// <summary>Minimum gap between two messages to one chat (Telegram allows about one per second).</summary>
    [Range(0, 60_000)]
    public int ChatSendIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Messages per minute to one group (Telegram allows about 20).</summary>
    [Range(1, 1000)]
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>First back-off after a server or network error; doubles up to <see cref="BackoffMaxMilliseconds"/>.</summary>
    [Range(0, 600_000)]
    public int BackoffInitialMilliseconds { get; set; } = 1000;

    [Range(0, 3_600_000)]
    public int BackoffMaxMilliseconds { get; set; } = 60_000;

    /// <summary>Attempts per outgoing message before it is given up (flood waits and server errors count).</summary>
    [Range(1, 50)]
    public int SendMaxAttempts { get; set; } = 5;
}
