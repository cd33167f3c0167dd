using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Discord;

/// <summary>Configuration of the Discord adapter (section <c>Discord</c>).</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token. Empty disables the adapter; <c>DISCORD_BOT_TOKEN</c> is accepted as an alias.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application id; when empty it is taken from READY.</summary>
    [RegularExpression("^[0-9]{1,20}$")]
    public string? ApplicationId { get; set; }

    /// <summary>Registers the commands to this guild only (instant; for development) instead of globally.</summary>
    [RegularExpression("^[0-9]{1,20}$")]
    public string? GuildId { get; set; }

    /// <summary>User ids allowed to run admin commands, besides members with the Administrator permission.</summary>
    public IList<string> AdminUserIds { get; } = [];

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>When set, the gateway is reached here without asking <c>GET /gateway/bot</c>.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>The one shard this process runs (with <see cref="ShardCount"/>); see <see cref="ShardIds"/> for several.</summary>
    [Range(0, 100_000)]
    public int? ShardId { get; set; }

    /// <summary>Shards in all processes together. Unset: the count Discord recommends, every shard in this process.</summary>
    [Range(1, 100_000)]
    public int? ShardCount { get; set; }

    /// <summary>The shards this process runs, as a range or list ("0-3", "0,2", "4-7,9"); with <see cref="ShardCount"/>. Unset with a count: all of them.</summary>
    public string? ShardIds { get; set; }

    /// <summary>First wait before reconnecting; doubles per failed attempt, with jitter, up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Upper bound of the random wait after an Invalid Session (the docs ask for 1–5 s).</summary>
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>One Identify per bucket (<c>shard_id % max_concurrency</c>) per window: Discord's 5 s; shorter only in tests.</summary>
    public TimeSpan IdentifyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait before retrying a 5xx REST answer; doubles per attempt.</summary>
    public TimeSpan RestRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(0, 10)]
    public int RestMaxRetries { get; set; } = 3;

    /// <summary>
    /// Discord's global REST limit per bot token (requests per second, 50 unless Discord raised it for the bot). With a
    /// shared store every process counts against it together; interaction replies are not bound to it.
    /// </summary>
    [Range(1, 100_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>How many feedback/report button tokens are remembered; the oldest are forgotten first.</summary>
    [Range(16, 1_000_000)]
    public int ButtonTokenCapacity { get; set; } = 10_000;
}
