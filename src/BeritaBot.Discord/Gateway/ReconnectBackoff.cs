namespace BeritaBot.Discord.Gateway;

/// <summary>How long to wait after the given number of failures in a row: doubling, capped, with jitter.</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(DiscordOptions options, int failures)
    {
        var baseDelay = options.ReconnectBaseDelay * Math.Pow(2, Math.Min(failures, 16));
        var capped = baseDelay < options.ReconnectMaxDelay ? baseDelay : options.ReconnectMaxDelay;
        // Jitter spreads reconnecting shards and processes apart.
        return failures == 0 ? options.ReconnectBaseDelay * Random.Shared.NextDouble() : capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
