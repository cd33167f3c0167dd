using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Telegram;

/// <summary>Settings of the Telegram adapter, section "Telegram". Cross-field rules: <see cref="TelegramOptionsValidator"/>.</summary>
/// <remarks>Durations are TimeSpans, as in the Discord adapter: "00:00:30" is 30 seconds (a bare "30" would be 30 days).</remarks>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>From BotFather. Empty: the adapter stays idle. Also read from TELEGRAM_BOT_TOKEN.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// Every call goes to {ApiBaseUrl}/bot{token}/{method}; a self-hosted Bot API server or a test server differs.
    /// Scheme, host and port only: Telegram.Bot drops any path.
    /// </summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

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

    /// <summary>How long one getUpdates call waits for updates (whole seconds are sent).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>HTTP timeout of every call but getUpdates, whose timeout is the poll timeout plus headroom.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A user may send this many messages per <see cref="FloodWindow"/>; beyond that one notice, then silence.</summary>
    [Range(1, 10_000)]
    public int FloodMaxMessages { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Minimum gap between two messages to one chat (Telegram allows about one per second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ChatSendInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per minute to one group (Telegram allows about 20).</summary>
    [Range(1, 1000)]
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>First wait after a server or network error; doubles, with jitter, up to <see cref="BackoffMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BackoffBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BackoffMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per outgoing message before it is given up (flood waits and server errors count).</summary>
    [Range(1, 50)]
    public int SendMaxAttempts { get; set; } = 5;
}
